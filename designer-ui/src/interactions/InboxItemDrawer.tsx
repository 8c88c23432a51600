import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import type { InboxItem } from '../inbox/api';
import { ContactDetails } from './ContactDetails';
import { ReminderDetails } from './ReminderDetails';

/** A planned contact or a reminder opened from the inbox, worked where it was found: the list stays behind. */
export function InboxItemDrawer({ user, item, onClose, onChanged }: { user: User; item: InboxItem | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const done = () => {
    onChanged();
    onClose();
  };
  return (
    <Drawer opened={item !== null} onClose={onClose} position="right" size="md" title={item ? t(`inbox.kind.${item.kind}`) : ''} data-testid="inbox-drawer">
      {item?.kind === 'contact' && <ContactDetails user={user} id={Number(item.id)} onChanged={done} />}
      {item?.kind === 'reminder' && <ReminderDetails reminder={{ id: Number(item.id), text: item.title, at: item.due ?? new Date().toISOString(), clientId: item.client?.id ?? null }} onChanged={done} />}
    </Drawer>
  );
}
