import '@mantine/dates/styles.layer.css'
import { useMemo, useState } from 'react'
import { Form } from '@rjsf/mantine'
import type { RJSFSchema, UiSchema } from '@rjsf/utils'
import validator from '@rjsf/validator-ajv8'
import { setFirstDayOfWeek, useFirstDayOfWeek, type FirstDayOfWeek } from '../../app/preferences'
import { Notice } from '../../components/Status'
import { usePageTitle } from '../../components/usePageTitle'
import { useI18n } from '../../i18n/i18n'
import type { Language } from '../../i18n/messages'
import { homeMessages } from './messages'

interface Preferences {
  language: Language
  firstDayOfWeek: 'monday' | 'sunday'
}

/**
 * The form is data: a JSON Schema says what is asked, the uiSchema how it reads in each language
 * (@rjsf with its Mantine theme, the library the services' forms will use; docs/adr/0012).
 */
const schema: RJSFSchema = {
  type: 'object',
  required: ['language', 'firstDayOfWeek'],
  properties: {
    language: { type: 'string', enum: ['vi', 'en'] },
    firstDayOfWeek: { type: 'string', enum: ['monday', 'sunday'] },
  },
}

export default function PreferencesPage() {
  const { t, language, setLanguage } = useI18n(homeMessages)
  usePageTitle(t('preferences.title'))
  const firstDay = useFirstDayOfWeek()
  const [saved, setSaved] = useState(false)
  const uiSchema = useMemo<UiSchema>(
    () => ({
      language: {
        'ui:title': t('preferences.language'),
        'ui:widget': 'radio',
        'ui:enumNames': [t('preferences.language.vi'), t('preferences.language.en')],
      },
      firstDayOfWeek: {
        'ui:title': t('preferences.firstDay'),
        'ui:widget': 'radio',
        'ui:enumNames': [t('preferences.firstDay.monday'), t('preferences.firstDay.sunday')],
      },
      'ui:submitButtonOptions': { submitText: t('preferences.save') },
    }),
    [t],
  )
  const formData: Preferences = { language, firstDayOfWeek: firstDay === 0 ? 'sunday' : 'monday' }
  return (
    <section className="narrow">
      <h1>{t('preferences.title')}</h1>
      <p>{t('preferences.intro')}</p>
      {saved ? <Notice kind="success">{t('preferences.saved')}</Notice> : null}
      <Form
        className="preferences-form"
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        validator={validator}
        showErrorList={false}
        onSubmit={(submitted) => {
          const chosen = submitted.formData as Preferences | undefined
          if (!chosen) return
          const day: FirstDayOfWeek = chosen.firstDayOfWeek === 'sunday' ? 0 : 1
          setFirstDayOfWeek(day)
          setLanguage(chosen.language)
          setSaved(true)
        }}
      />
    </section>
  )
}
