/** The app's modal with inventory's dialog styling. */
import type { ComponentProps } from 'react';
import { Modal as BaseModal } from '../../../ui/Modal';

export function Modal(props: Omit<ComponentProps<typeof BaseModal>, 'className'>) {
  return <BaseModal {...props} className="inv-modal" />;
}
