import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Member, Role } from '@hylle/contracts';
import { apiDelete, apiPut } from '../api.ts';
import { useFormatDate } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { ConfirmRemove } from '../ui/confirm-remove.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { FormError } from '../ui/form-error.tsx';
import { SelectField } from '../ui/select-field.tsx';
import { StatusMessage } from '../ui/status-message.tsx';

interface Props {
  basePath: string;
  members: readonly Member[];
  canEdit: boolean;
  /** Marks the signed-in user's own row. */
  currentUserId?: string | undefined;
  caption: string;
  onChanged: () => Promise<unknown>;
}

export function MemberTable({ basePath, members, canEdit, currentUserId, caption, onChanged }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const [status, setStatus] = useState('');
  const wrapperRef = useRef<HTMLDivElement>(null);

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) => apiPut<Member>(`${basePath}/members/${member.userId}`, { role }),
    onSuccess: async (_updated, { member }) => {
      await onChanged();
      setStatus(t('members.roleChanged', { name: member.name }));
    },
    // A refused change (last admin) must snap the select back to the stored role.
    onError: () => onChanged(),
  });

  const remove = useMutation({
    mutationFn: (member: Member) => apiDelete(`${basePath}/members/${member.userId}`),
    onSuccess: async (_void, member) => {
      await onChanged();
      setStatus(t('members.removed', { name: member.name }));
      wrapperRef.current?.focus();
    },
  });

  const actionError = changeRole.error ?? remove.error;

  return (
    <div className="stack" ref={wrapperRef} tabIndex={-1}>
      <StatusMessage message={status} />
      <FormError error={actionError} />
      {members.length === 0 ? (
        <EmptyState title={t('members.empty')} />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.joined')}</th>
                {canEdit ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.userId}>
                  <th scope="row">
                    {member.name} {member.userId === currentUserId ? <span className="muted">{t('members.you')}</span> : null}
                  </th>
                  <td>{member.email}</td>
                  <td>
                    {canEdit ? (
                      <SelectField
                        id={`role-${member.userId}`}
                        label={t('members.roleFor', { name: member.name })}
                        hideLabel
                        className="field--inline"
                        value={member.role}
                        disabled={changeRole.isPending}
                        onChange={(value) => changeRole.mutate({ member, role: value === 'admin' ? 'admin' : 'buyer' })}
                        options={[
                          { value: 'admin', label: t('role.admin') },
                          { value: 'buyer', label: t('role.buyer') },
                        ]}
                      />
                    ) : (
                      t(member.role === 'admin' ? 'role.admin' : 'role.buyer')
                    )}
                  </td>
                  <td>{formatDate(member.joinedAt, false)}</td>
                  {canEdit ? (
                    <td>
                      <ConfirmRemove
                        buttonLabel={t('members.removeNamed', { name: member.name })}
                        question={t('members.confirmRemove', { name: member.name })}
                        pending={remove.isPending}
                        onConfirm={() => remove.mutate(member)}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
