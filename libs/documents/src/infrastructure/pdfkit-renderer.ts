import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { DocumentRenderer } from '../application/document-renderer.port.js';
import type { Block, Column, DocumentLayout } from '../domain/document-layout.js';
import { PDF_MEDIA_TYPE } from '../domain/stored-document.js';

type Pdf = InstanceType<typeof PDFDocument>;

const MARGIN = 50;
const TEXT = 10;
/** GOV.UK Notify's precompiled letters want the address in a window about 24 mm from the left and 50 mm from the top. */
const ADDRESS_TOP = 142;
const ADDRESS_LEFT = 68;

/**
 * Draws a described document as an A4 PDF with pdfkit and its built-in Helvetica (no font files to
 * ship). The creation date is the document's own day, not the clock, so the same layout gives the
 * same bytes.
 */
@Injectable()
export class PdfKitRenderer extends DocumentRenderer {
  readonly mediaType = PDF_MEDIA_TYPE;

  render(layout: DocumentLayout, createdOn: string): Promise<Uint8Array> {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      info: { Title: printable(layout.title), Author: printable(layout.sender.name), CreationDate: new Date(`${createdOn}T00:00:00Z`) },
    });
    const chunks: Buffer[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
      pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      pdf.on('error', reject);
    });
    drawHeader(pdf, layout);
    for (const block of layout.blocks) drawBlock(pdf, block);
    pdf.end();
    return done;
  }
}

function drawHeader(pdf: Pdf, layout: DocumentLayout): void {
  const width = pdf.page.width - 2 * MARGIN;
  pdf.font('Helvetica-Bold').fontSize(12).text(printable(layout.sender.name), MARGIN, MARGIN, { width, align: 'right' });
  pdf.font('Helvetica').fontSize(TEXT);
  for (const line of layout.sender.lines) pdf.text(printable(line), { width, align: 'right' });
  pdf.font('Helvetica').fontSize(TEXT).text(printable(layout.recipient.name), ADDRESS_LEFT, ADDRESS_TOP, { width: 220 });
  for (const line of layout.recipient.addressLines) pdf.text(printable(line), { width: 220 });
  let y = ADDRESS_TOP;
  for (const field of layout.summary) {
    pdf.font('Helvetica-Bold').text(printable(field.label), 330, y, { width: 110 });
    pdf.font('Helvetica').text(printable(field.value), 440, y, { width: pdf.page.width - MARGIN - 440 });
    y += 14;
  }
  pdf.font('Helvetica-Bold').fontSize(15).text(printable(layout.title), MARGIN, 260, { width });
  pdf.moveDown(0.5);
}

function drawBlock(pdf: Pdf, block: Block): void {
  const width = pdf.page.width - 2 * MARGIN;
  pdf.x = MARGIN;
  switch (block.kind) {
    case 'section':
      pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(printable(block.title), MARGIN, pdf.y, { width }).moveDown(0.2);
      return;
    case 'paragraph':
      pdf.font(block.emphasis ? 'Helvetica-Bold' : 'Helvetica').fontSize(TEXT).text(printable(block.text), MARGIN, pdf.y, { width }).moveDown(0.3);
      return;
    case 'fields':
      for (const field of block.fields) {
        const y = startRow(pdf, 14);
        pdf.font('Helvetica-Bold').fontSize(TEXT).text(printable(field.label), MARGIN, y, { width: width * 0.45 });
        const labelEnd = pdf.y;
        pdf.font('Helvetica').text(printable(field.value), MARGIN + width * 0.47, y, { width: width * 0.53 });
        pdf.y = Math.max(labelEnd, pdf.y) + 2;
      }
      pdf.moveDown(0.3);
      return;
    case 'table':
      drawRow(pdf, block.columns, block.columns.map((column) => column.header), 'Helvetica-Bold');
      for (const row of block.rows) drawRow(pdf, block.columns, row, 'Helvetica');
      if (block.footer) drawRow(pdf, block.columns, block.footer, 'Helvetica-Bold');
      pdf.moveDown(0.3);
      return;
    case 'list':
      for (const item of block.items) {
        startRow(pdf, 14);
        pdf.font('Helvetica').fontSize(TEXT - 1).text(`- ${printable(item)}`, MARGIN, pdf.y, { width }).moveDown(0.2);
      }
      return;
  }
}

function drawRow(pdf: Pdf, columns: readonly Column[], cells: readonly string[], font: string): void {
  const width = pdf.page.width - 2 * MARGIN;
  const y = startRow(pdf, 14);
  let x = MARGIN;
  let bottom = y;
  pdf.font(font).fontSize(TEXT);
  columns.forEach((column, index) => {
    const cellWidth = width * column.width;
    pdf.text(printable(cells[index] ?? ''), x, y, { width: cellWidth - 6, align: column.align });
    bottom = Math.max(bottom, pdf.y);
    x += cellWidth;
  });
  pdf.y = bottom + 3;
}

/** The y to start a row at, on a new page when too little of this one is left. */
function startRow(pdf: Pdf, height: number): number {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
  return pdf.y;
}

/**
 * The built-in fonts print WinAnsi only: characters outside it (a true minus, say) are replaced by
 * their nearest printable form rather than printed as nothing.
 */
function printable(text: string): string {
  return text.replace(/[\u2212\u2010-\u2013]/g, '-').replace(/[^\x20-\x7e\xa0-\xff\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}
