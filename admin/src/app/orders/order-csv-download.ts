import { HttpClient, HttpHeaders } from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthSession } from '../core/auth/auth-session';
import { orderExportQuery, type OrderFilter } from './order-list-params';

const EXPORT_PATH = '/orders/export.csv';

/**
 * Downloads the filtered order list as CSV. The route wants the Bearer token, which a plain link
 * cannot send, so the file is fetched and handed to the browser as a blob.
 */
@Injectable({ providedIn: 'root' })
export class OrderCsvDownload {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthSession);
  private readonly document = inject(DOCUMENT);

  async download(filter: OrderFilter): Promise<void> {
    const token = await this.auth.usableAccessToken();
    const headers = token ? new HttpHeaders({ Authorization: `Bearer ${token}` }) : new HttpHeaders();
    const response = await firstValueFrom(this.http.get(`${EXPORT_PATH}${orderExportQuery(filter)}`, { headers, responseType: 'blob', observe: 'response' }));
    const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'orders.csv';
    const url = URL.createObjectURL(response.body ?? new Blob());
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // After the click the browser holds the file; the object URL can go.
    setTimeout(() => URL.revokeObjectURL(url));
  }
}
