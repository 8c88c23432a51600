import { Navigate, useParams } from 'react-router';

/** Notifications link a client as the API names it (`/counterparties/:id`); the card lives at `/clients/:id`. */
export function ClientLinkRedirect() {
  return <Navigate to={`/clients/${useParams().id ?? ''}`} replace />;
}
