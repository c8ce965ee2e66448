-- H2 triggers are Java classes: AppendOnlyTrigger refuses every UPDATE and DELETE on the audit log.
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE, DELETE ON audit_log
  FOR EACH ROW CALL 'ca.threadline.store.audit.AppendOnlyTrigger';
