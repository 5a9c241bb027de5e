import { useParams } from 'react-router';
import { Result, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { getProject } from '../../api/get-project';
import { messageOf } from '../../api/api-error';
import { ProjectEditorView } from './project-editor-view';

/** 项目编辑 / 审核: loads the project and shows the declaration form (editable or read-only by role and status). */
export function ProjectEditPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['project', id], queryFn: () => getProject(id) });
  if (q.isPending) return <Spin description={t('app.loading')} />;
  if (q.error || !q.data) return <Result status="warning" title={messageOf(q.error)} />;
  return <ProjectEditorView key={id} id={id} detail={q.data} />;
}
