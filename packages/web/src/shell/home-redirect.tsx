import { Navigate } from 'react-router';
import { useSession } from '../auth/use-session';

/** `/` → the first page the role uses (the review queue for reviewers, else the project list). */
export function HomeRedirect() {
  const { session } = useSession();
  const role = session?.user.role;
  return <Navigate to={role === 'dept_reviewer' || role === 'finance_reviewer' ? '/review' : '/projects'} replace />;
}
