import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/client'

/**
 * Only a lost connection is asked again: a refusal will not change, and a 503 is a state the page
 * shows (the dashboards' copy being prepared).
 */
const worthRetrying = (failures: number, error: unknown): boolean =>
  failures < 2 && error instanceof ApiError && error.status === 0

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: worthRetrying, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
})
