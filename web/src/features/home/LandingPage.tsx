import { useEffect } from 'react'
import { useRouter } from '@tanstack/react-router'
import { landingPath } from '../../app/access'
import { navigate } from '../../app/router'
import { useSession } from '../../app/session'
import { Loading } from '../../components/Status'

/** Where sign-in returns: each staff member goes on to their own console, residents to /me. */
export default function LandingPage() {
  const session = useSession()
  const router = useRouter()
  useEffect(() => {
    if (session.status !== 'checking') navigate(landingPath(router, session), { replace: true })
  }, [router, session])
  return <Loading />
}
