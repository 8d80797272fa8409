/** The app's modal with recruiting's dialog styling; `wide` for forms with two columns. */
import type { ComponentProps } from 'react';
import { Modal as BaseModal } from '../../../ui/Modal';

export function Modal({ wide, ...props }: Omit<ComponentProps<typeof BaseModal>, 'className'> & { wide?: boolean }) {
  return <BaseModal {...props} className={wide ? 'rec-modal rec-modal-wide' : 'rec-modal'} />;
}
