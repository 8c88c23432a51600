import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';

/** The question asked when the user leaves the designer with edits not deployed. */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  const blocked = blocker.state === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title={t('designer.unsaved.title')} size="lg" data-testid="unsaved-dialog">
      <Text mb="md">{t('designer.unsaved.text')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus data-testid="unsaved-stay">
          {t('designer.unsaved.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
          {t('designer.unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
