import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiPost } from './api.ts';
import { sessionQueryKey } from './session.ts';

/** Signs out, forgets every cached answer (they belonged to that user) and goes home. */
export function useSignOut(everywhere = false) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => apiPost<void>(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out'),
    onSuccess: async () => {
      // Leave the page first: a guarded page would otherwise see the signed-out session
      // and bounce to /logg-inn before we get here.
      await navigate('/', { state: { signedOut: true } });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      await queryClient.refetchQueries({ queryKey: sessionQueryKey });
    },
  });
}
