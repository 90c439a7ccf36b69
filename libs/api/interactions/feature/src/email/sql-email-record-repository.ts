import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type EmailRecord, EmailRecordRepository, type RelationRef } from '@gemeente-crm/interactions-core';
import { EmailMessageEntity } from '../persistence/email-message.entity.js';

@Injectable()
export class SqlEmailRecordRepository extends EmailRecordRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findContactMomentId(relation: RelationRef, messageKey: string): Promise<string | null> {
    const rows: { contact_moment_id: string }[] = await this.db.manager.query(
      'SELECT contact_moment_id FROM email_message WHERE relation_type = $1 AND relation_id = $2 AND message_key = $3',
      [relation.objectType, relation.objectId, messageKey],
    );
    return rows[0]?.contact_moment_id ?? null;
  }

  async findByContactMoment(contactMomentId: string): Promise<EmailRecord | null> {
    const row = await this.db.manager.findOne(EmailMessageEntity, { where: { contactMomentId } });
    if (!row) return null;
    return {
      contactMomentId: row.contactMomentId,
      relationType: row.relationType,
      relationId: row.relationId,
      messageKey: row.messageKey,
      messageId: row.messageId,
      from: { address: row.fromAddress, name: row.fromName },
      to: row.toAddresses,
      cc: row.ccAddresses,
      sentAt: row.sentAt,
      originalDocumentId: row.originalDocumentId,
      attachmentDocumentIds: row.attachmentDocumentIds,
    };
  }

  async insert(record: EmailRecord): Promise<void> {
    await this.db.manager.insert(EmailMessageEntity, {
      contactMomentId: record.contactMomentId,
      relationType: record.relationType,
      relationId: record.relationId,
      messageKey: record.messageKey,
      messageId: record.messageId,
      fromAddress: record.from.address,
      fromName: record.from.name,
      toAddresses: record.to,
      ccAddresses: record.cc,
      sentAt: record.sentAt,
      originalDocumentId: record.originalDocumentId,
      attachmentDocumentIds: record.attachmentDocumentIds,
    });
    // The links were written with the contact moment, before this row existed.
    await this.db.manager.query('UPDATE interaction_link SET is_email = true WHERE contact_moment_id = $1', [record.contactMomentId]);
  }
}
