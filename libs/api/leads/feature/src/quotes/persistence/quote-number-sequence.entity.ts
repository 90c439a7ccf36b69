import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last quote number per year. A row lock on the year (taken by the UPDATE in the creating
 * transaction) hands out numbers one by one, and a rollback gives the number back: no gaps from
 * failed creations, unlike a PostgreSQL sequence.
 */
@Entity({ name: 'quote_number_sequence' })
export class QuoteNumberSequenceEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_number', type: 'int' })
  lastNumber!: number;
}
