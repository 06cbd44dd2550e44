import type { vi } from './messages.vi'

/** Webhook subscriptions' messages in English. */
export const en: Record<keyof typeof vi, string> = {
  title: 'Event subscriptions (webhooks)',
  intro:
    "A member's system receives events (a death, a move of residence, a newly issued document, a declaration at its own establishment) as webhooks signed by the Standard Webhooks scheme, carrying the attributes its approved grant allows.",
  'form.title': 'New subscription',
  'form.eventType': 'Event type',
  'form.url': 'Endpoint (https)',
  'form.urlHint':
    'Your server receives POST requests with the headers webhook-id, webhook-timestamp, webhook-signature.',
  'form.memberCode': 'Member code (if you administer several members)',
  'form.submit': 'Subscribe',
  'created.title': 'Subscribed. Keep the secret now: it is shown only once.',
  'created.secret': 'Secret that verifies the signature',
  'list.title': 'Subscriptions',
  'list.empty': 'No subscriptions yet.',
  'list.createdAt': 'Subscribed at',
  'list.remove': 'Unsubscribe',
  'list.removed': 'Unsubscribed.',
  'list.deadLetters': 'Deliveries given up on',
  'dead.empty': 'No delivery was given up on.',
  'dead.event': 'Event no.',
  'dead.occurredAt': 'Occurred at',
  'dead.attempts': 'Attempts',
  'dead.error': 'Last error',
  'replay.since': 'Send again the events since',
  'replay.submit': 'Send again',
  'replay.done': '{count} events queued to be sent again.',
  'event.population.death_registered': 'Death of a resident',
  'event.population.permanent_residence_registered': 'Permanent residence registered (moved in)',
  'event.population.temporary_residence_registered': 'Temporary residence registered',
  'event.documents.document_issued': 'Document issued or certified',
  'event.stays.declared': "Stay declared at the member's establishment",
}
