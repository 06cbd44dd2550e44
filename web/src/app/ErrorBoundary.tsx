import { Component } from 'react'
import type { ReactNode } from 'react'
import { ErrorMessage } from '../components/Status'

interface State {
  error: unknown
}

/** A page that throws (or whose chunk fails to load) says so instead of going blank. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error }
  }

  override render() {
    if (this.state.error !== null) {
      return (
        <ErrorMessage
          error={this.state.error}
          onRetry={() => {
            window.location.reload()
          }}
        />
      )
    }
    return this.props.children
  }
}
