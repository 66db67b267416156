import { useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Member, Role } from '@hylle/contracts';
import { apiDelete, apiPut } from '../api.ts';
import { useFormatDate } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { problemMessage } from '../problem-message.ts';
import { useScopedValue, useStatus } from '../ui/action-scope.tsx';
import { ConfirmRemove } from '../ui/confirm-remove.tsx';
import { EmailText } from '../ui/email-text.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { SelectField } from '../ui/select-field.tsx';
import { StatusMessage } from '../ui/status-message.tsx';
import { TableScroll } from '../ui/table-scroll.tsx';

interface Props {
  basePath: string;
  members: readonly Member[];
  canEdit: boolean;
  /** Marks the signed-in user's own row. */
  currentUserId?: string | undefined;
  caption: string;
  onChanged: () => Promise<unknown>;
}

/** A refused change is shown by the row it concerns, until the next action starts. */
type RowError = { userId: string; action: 'role' | 'remove'; message: string };

export function MemberTable({ basePath, members, canEdit, currentUserId, caption, onChanged }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const status = useStatus();
  const [rowError, setRowError] = useScopedValue<RowError>();
  const wrapperRef = useRef<HTMLDivElement>(null);
  // The server refuses to leave an account without an admin; don't offer what it would refuse.
  const adminCount = members.filter((member) => member.role === 'admin').length;

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) => apiPut<Member>(`${basePath}/members/${member.userId}`, { role }),
    onSuccess: async (_updated, { member }) => {
      await onChanged();
      status.show(t('members.roleChanged', { name: member.name }));
    },
    onError: async (error, { member }) => {
      setRowError({ userId: member.userId, action: 'role', message: problemMessage(t, error) });
      // A refused change must snap the select back to the stored role.
      await onChanged();
    },
  });

  const remove = useMutation({
    mutationFn: (member: Member) => apiDelete(`${basePath}/members/${member.userId}`),
    onSuccess: async (_void, member) => {
      await onChanged();
      status.show(t('members.removed', { name: member.name }));
      // The removed row took focus with it.
      wrapperRef.current?.focus();
    },
    onError: (error, member) => setRowError({ userId: member.userId, action: 'remove', message: problemMessage(t, error) }),
  });

  const errorFor = (member: Member, action: RowError['action']) =>
    rowError?.userId === member.userId && rowError.action === action ? rowError.message : undefined;

  return (
    <div className="stack" ref={wrapperRef} tabIndex={-1}>
      <StatusMessage message={status.message} />
      {members.length === 0 ? (
        <EmptyState title={t('members.empty')} />
      ) : (
        <TableScroll label={caption}>
          <table className="table-stack member-table">
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
              {members.map((member) => {
                const onlyAdmin = member.role === 'admin' && adminCount === 1;
                return (
                  <tr key={member.userId}>
                    <th scope="row">
                      {member.name} {member.userId === currentUserId ? <span className="muted">{t('members.you')}</span> : null}
                    </th>
                    <td data-label={t('members.email')} className="break-word">
                      <EmailText email={member.email} />
                    </td>
                    <td data-label={t('members.role')}>
                      {canEdit ? (
                        <SelectField
                          id={`role-${member.userId}`}
                          label={t('members.roleFor', { name: member.name })}
                          hideLabel
                          className="field--inline"
                          value={member.role}
                          hint={onlyAdmin ? t('members.onlyAdmin') : undefined}
                          error={errorFor(member, 'role')}
                          announceError
                          onChange={(value) => {
                            // Not disabled while saving: that would throw focus out of the select.
                            if (changeRole.isPending) return;
                            status.begin();
                            changeRole.mutate({ member, role: value === 'admin' ? 'admin' : 'buyer' });
                          }}
                          options={[
                            { value: 'admin', label: t('role.admin') },
                            { value: 'buyer', label: t('role.buyer'), disabled: onlyAdmin },
                          ]}
                        />
                      ) : (
                        t(member.role === 'admin' ? 'role.admin' : 'role.buyer')
                      )}
                    </td>
                    <td data-label={t('members.joined')} className="nowrap">
                      {formatDate(member.joinedAt, false)}
                    </td>
                    {canEdit ? (
                      <td>
                        {onlyAdmin ? null : (
                          <ConfirmRemove
                            buttonLabel={t('members.removeNamed', { name: member.name })}
                            question={t('members.confirmRemove', { name: member.name })}
                            error={errorFor(member, 'remove')}
                            onConfirm={() => remove.mutateAsync(member)}
                          />
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
