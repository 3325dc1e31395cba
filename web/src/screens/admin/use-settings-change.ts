// Saving a change of the runtime settings from one of the Settings screen's forms: the settings in force come back
// and replace the cached ones; a refusal's messages are keyed by field path (`ai/attempts`).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminOpsKeys, type RuntimeSettingsChange, updateRuntimeSettings } from '../../api/index.ts';
import { useToast } from '../../ui/index.ts';
import { problemsByPath } from './problem-paths.ts';

export function useSettingsChange(savedMessage: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const saving = useMutation({
    mutationFn: (change: RuntimeSettingsChange) => updateRuntimeSettings(change),
    onSuccess: (settings) => {
      queryClient.setQueryData(adminOpsKeys.settings, settings);
      toast(savedMessage, 'success');
    },
  });
  return { saving, problems: problemsByPath(saving.error) };
}
