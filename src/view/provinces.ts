// Stylised labels for the provinces named in the scenarios. The admin-1 boundaries are not in the
// map data, so each name sits at its provincial capital's approximate position (degrees, ±0.1°),
// drawn small and muted so it reads as context, not as a claim about a boundary. Names are shown in
// the player's language: each province's official name in Thai or Khmer, and the usual romanisation
// in English.

import { tKey } from '../i18n/i18n';

/** A province label: its key, English name, country and the approximate position of its capital. */
export interface ProvinceLabel {
  /** Key of its name under `classroom.map.province`. */
  id: string;
  name: string;
  side: 'th' | 'kh';
  lon: number;
  lat: number;
}

/** Provinces along the Thailand–Cambodia border. */
export const PROVINCES: readonly ProvinceLabel[] = [
  { id: 'sa_kaeo', name: 'Sa Kaeo', side: 'th', lon: 102.07, lat: 13.81 },
  { id: 'chanthaburi', name: 'Chanthaburi', side: 'th', lon: 102.1, lat: 12.61 },
  { id: 'buriram', name: 'Buriram', side: 'th', lon: 103.1, lat: 14.99 },
  { id: 'surin', name: 'Surin', side: 'th', lon: 103.49, lat: 14.88 },
  { id: 'sisaket', name: 'Sisaket', side: 'th', lon: 104.33, lat: 15.12 },
  { id: 'ubon_ratchathani', name: 'Ubon Ratchathani', side: 'th', lon: 104.86, lat: 15.24 },
  { id: 'banteay_meanchey', name: 'Banteay Meanchey', side: 'kh', lon: 102.97, lat: 13.59 },
  { id: 'oddar_meanchey', name: 'Oddar Meanchey', side: 'kh', lon: 103.52, lat: 14.18 },
  { id: 'preah_vihear', name: 'Preah Vihear', side: 'kh', lon: 104.97, lat: 13.8 },
  { id: 'siem_reap', name: 'Siem Reap', side: 'kh', lon: 103.86, lat: 13.36 },
  { id: 'battambang', name: 'Battambang', side: 'kh', lon: 103.2, lat: 13.1 },
  { id: 'pailin', name: 'Pailin', side: 'kh', lon: 102.61, lat: 12.85 },
];

/** A province's name in the current language (its English name when a translation is missing). */
export function provinceName(p: ProvinceLabel): string {
  return tKey(`classroom.map.province.${p.id}`, undefined, p.name);
}
