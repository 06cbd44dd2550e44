import '@fontsource/be-vietnam-pro/vietnamese-400.css'
import '@fontsource/be-vietnam-pro/vietnamese-600.css'
import '@fontsource/be-vietnam-pro/latin-400.css'
import '@fontsource/be-vietnam-pro/latin-600.css'
// Mantine's styles sit in a cascade layer, so the app's own stylesheet wins where both speak; the
// app's element defaults sit in a layer under Mantine's (app/styles.layer.css, first).
import './app/styles.layer.css'
import '@mantine/core/styles.layer.css'
import '@mantine/notifications/styles.layer.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { queryClient } from './app/queryClient'
import { setNavigationRouter } from './app/router'
import { router } from './app/routeTree'
import { cssVariablesResolver, theme } from './app/theme'
import { I18nProvider, applyLanguage, initialLanguage } from './i18n/i18n'

applyLanguage(initialLanguage())
setNavigationRouter(router)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <Notifications />
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
)
