/**
 * The app's own element rules (`a`, in styles.css) sit above Mantine's cascade layer: a button
 * drawn as a link keeps the button's text colour only when it is set on the element itself.
 */
export const LINK_BUTTON_STYLE = { color: 'var(--button-color)' }

/** Input hints in the app's muted colour, which keeps its contrast on the page's wash. */
export const HINTED = { description: 'hint' }
