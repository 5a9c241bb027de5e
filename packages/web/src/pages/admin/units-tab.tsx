import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Row, Space, Tree, TreeSelect } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { useUnits } from '../../shared/use-units';
import { buildUnitTree } from '../../shared/build-unit-tree';
import { createUnit } from '../../api/create-unit';
import { updateUnit } from '../../api/update-unit';
import { messageOf } from '../../api/api-error';

interface UnitForm {
  code: string;
  name: string;
  parentId?: string;
}

/** Units as a tree; add a unit under a parent or edit the selected one. */
export function UnitsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const units = useUnits();
  const tree = buildUnitTree(units);
  const [selected, setSelected] = useState<string | null>(null);
  const [form] = Form.useForm<UnitForm>();
  const current = units.find((u) => String(u.id) === selected) ?? null;
  const submit = async (values: UnitForm, mode: 'add' | 'edit') => {
    try {
      const body = { code: values.code?.trim() || null, name: values.name.trim(), parentId: values.parentId ?? null };
      if (mode === 'edit' && current) await updateUnit(current.id, body);
      else await createUnit(body);
      message.success(t('admin.saved'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['units'] });
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Card size="small" title={t('admin.units')}>
          <Tree
            showLine
            defaultExpandAll
            treeData={tree}
            selectedKeys={selected ? [selected] : []}
            onSelect={(keys) => {
              const key = keys[0] == null ? null : String(keys[0]);
              setSelected(key);
              const u = units.find((x) => String(x.id) === key);
              if (u) form.setFieldsValue({ code: u.code ?? '', name: u.name, parentId: u.parentId == null ? undefined : String(u.parentId) });
            }}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={current ? t('admin.renameUnit') : t('admin.addUnit')}>
          <Form<UnitForm> form={form} layout="vertical" onFinish={(v) => submit(v, 'add')}>
            <Form.Item label={t('admin.unitCode')} name="code">
              <Input />
            </Form.Item>
            <Form.Item label={t('admin.unitName')} name="name" rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item label={t('admin.parentUnit')} name="parentId">
              <TreeSelect allowClear treeData={tree} treeDefaultExpandAll />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('admin.addUnit')}
              </Button>
              {current && <Button onClick={() => form.validateFields().then((v) => submit(v, 'edit'))}>{t('admin.renameUnit')}</Button>}
            </Space>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
