import { CompareClient } from '../worker/client.ts'

/** The app's one comparison worker client. */
export const compareClient = new CompareClient()
