// Stylised labels for the provinces named in the scenarios. The admin-1 boundaries are not in the
// map data, so each name sits at its provincial capital's approximate position (degrees, ±0.1°),
// drawn small and muted so it reads as context, not as a claim about a boundary.

/** A province label: its name, country and the approximate position of its capital. */
export interface ProvinceLabel {
  name: string;
  side: 'th' | 'kh';
  lon: number;
  lat: number;
}

/** Provinces along the Thailand–Cambodia border. */
export const PROVINCES: readonly ProvinceLabel[] = [
  { name: 'Sa Kaeo', side: 'th', lon: 102.07, lat: 13.81 },
  { name: 'Chanthaburi', side: 'th', lon: 102.1, lat: 12.61 },
  { name: 'Buriram', side: 'th', lon: 103.1, lat: 14.99 },
  { name: 'Surin', side: 'th', lon: 103.49, lat: 14.88 },
  { name: 'Sisaket', side: 'th', lon: 104.33, lat: 15.12 },
  { name: 'Ubon Ratchathani', side: 'th', lon: 104.86, lat: 15.24 },
  { name: 'Banteay Meanchey', side: 'kh', lon: 102.97, lat: 13.59 },
  { name: 'Oddar Meanchey', side: 'kh', lon: 103.52, lat: 14.18 },
  { name: 'Preah Vihear', side: 'kh', lon: 104.97, lat: 13.8 },
  { name: 'Siem Reap', side: 'kh', lon: 103.86, lat: 13.36 },
  { name: 'Battambang', side: 'kh', lon: 103.2, lat: 13.1 },
  { name: 'Pailin', side: 'kh', lon: 102.61, lat: 12.85 },
];
