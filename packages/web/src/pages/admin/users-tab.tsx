import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, TreeSelect } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { listUsers } from '../../api/list-users';
import { createUser } from '../../api/create-user';
import { updateUser, type UserPatch } from '../../api/update-user';
import { messageOf } from '../../api/api-error';
import { ROLES, type Role, type UserRow } from '../../api/api-types';
import { useUnits } from '../../shared/use-units';
import { buildUnitTree } from '../../shared/build-unit-tree';

interface UserForm {
  username: string;
  displayName: string;
  role: Role;
  unitId?: string;
  password: string;
}

/** Users: create, change role and unit, reset password, lock/unlock. */
export function UsersTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: listUsers });
  const units = useUnits();
  const tree = buildUnitTree(units);
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [password, setPassword] = useState('');
  const [form] = Form.useForm<UserForm>();
  const unitName = (id: unknown) => units.find((u) => String(u.id) === String(id))?.name ?? '';
  const patch = async (u: UserRow, body: UserPatch) => {
    try {
      await updateUser(u.id, body);
      message.success(t('admin.saved'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  const save = async () => {
    const v = await form.validateFields();
    try {
      if (editing === 'new') await createUser({ username: v.username.trim(), displayName: v.displayName.trim(), role: v.role, unitId: v.unitId ?? null, password: v.password });
      else if (editing) await updateUser(editing.id, { displayName: v.displayName.trim(), role: v.role, unitId: v.unitId ?? null });
      message.success(t('admin.saved'));
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  return (
    <>
      <Button
        type="primary"
        style={{ marginBottom: 8 }}
        onClick={() => {
          form.resetFields();
          setEditing('new');
        }}
      >
        {t('admin.addUser')}
      </Button>
      <Table<UserRow>
        size="small"
        rowKey={(u) => String(u.id)}
        dataSource={users.data}
        loading={users.isFetching}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('admin.username'), dataIndex: 'username', width: 140 },
          { title: t('admin.displayName'), dataIndex: 'displayName', width: 140 },
          { title: t('admin.role'), dataIndex: 'role', width: 130, render: (r: Role) => t(`role.${r}` as MessageKey) },
          { title: t('admin.unit'), dataIndex: 'unitId', render: (id: unknown, u) => u.unitName ?? unitName(id) },
          { title: t('admin.state'), dataIndex: 'locked', width: 80, render: (l: boolean | undefined) => (l ? <Tag color="red">{t('admin.locked')}</Tag> : <Tag color="green">{t('admin.active')}</Tag>) },
          {
            title: t('common.actions'),
            width: 230,
            render: (_, u) => (
              <Space size={4}>
                <Button
                  size="small"
                  onClick={() => {
                    form.setFieldsValue({ username: u.username, displayName: u.displayName, role: u.role, unitId: u.unitId == null ? undefined : String(u.unitId) });
                    setEditing(u);
                  }}
                >
                  {t('admin.edit')}
                </Button>
                <Button size="small" onClick={() => setResetting(u)}>
                  {t('admin.resetPassword')}
                </Button>
                <Button size="small" danger={!u.locked} onClick={() => patch(u, { locked: !u.locked })}>
                  {u.locked ? t('admin.unlock') : t('admin.lock')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title={editing === 'new' ? t('admin.addUser') : t('admin.edit')} onOk={save} onCancel={() => setEditing(null)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden forceRender>
        <Form<UserForm> form={form} layout="vertical">
          <Form.Item label={t('admin.username')} name="username" rules={[{ required: true }]}>
            <Input disabled={editing !== 'new'} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('admin.displayName')} name="displayName" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.role')} name="role" rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))} />
          </Form.Item>
          <Form.Item label={t('admin.unit')} name="unitId">
            <TreeSelect allowClear treeData={tree} treeDefaultExpandAll />
          </Form.Item>
          {editing === 'new' && (
            <Form.Item label={t('admin.password')} name="password" rules={[{ required: true, min: 8 }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={resetting !== null}
        title={`${t('admin.resetPassword')} · ${resetting?.username ?? ''}`}
        onCancel={() => setResetting(null)}
        onOk={async () => {
          if (resetting && password.length >= 8) {
            await patch(resetting, { password });
            setResetting(null);
            setPassword('');
          }
        }}
        destroyOnHidden
      >
        <label htmlFor="reset-password">{t('admin.newPassword')}</label>
        <Input.Password id="reset-password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
      </Modal>
    </>
  );
}
