/** Words on the take-home sheet, per language, and on the kit's form (English: the kit is for clinic staff). */
import type { Lang } from '../widgets/shared/i18n';

/** The sheet's words in one language; `{name}` marks a value filled in. */
export interface SheetStrings {
  /** BCP 47 locale for dates. */
  locale: string;
  title: string;
  forClinic: string;
  session: string;
  days: string;
  waits: string;
  waitsNote: string;
  yourClinic: string;
  sourcesRange: string;
  help: string;
  daytime: string;
  afterHours: string;
  emergencyNumbers: string;
  nextSessions: string;
  noMoreSessions: string;
  sessionN: string;
  qrLabel: string;
  qrCaption: string;
  footer: string;
  notAdvice: string;
}

const en: SheetStrings = {
  locale: 'en-US',
  title: 'Your SkinPen aftercare',
  forClinic: 'From {clinic}',
  session: 'Session on {date}',
  days: 'What to expect',
  waits: 'Wait before',
  waitsNote: 'Times count from the end of your session. Your clinic’s advice comes first.',
  yourClinic: 'your clinic',
  sourcesRange: 'sources: {range}',
  help: 'When to get help',
  daytime: 'Daytime',
  afterHours: 'After hours',
  emergencyNumbers: 'Emergency numbers:',
  nextSessions: 'Your next sessions',
  noMoreSessions: 'This was the last session of the usual series.',
  sessionN: 'Session {n}: {date}',
  qrLabel: 'QR code: opens your own recovery timeline, at today’s day',
  qrCaption: 'Scan to see your recovery day by day.',
  footer: 'SkinPen Guide, reviewed {date}. Sources: references {refs} at {site}/references/.',
  notAdvice: 'This sheet is information, not medical advice. It holds nothing about you but your session date.',
};

const es: SheetStrings = {
  locale: 'es-US',
  title: 'Tus cuidados después de SkinPen',
  forClinic: 'De parte de {clinic}',
  session: 'Sesión del {date}',
  days: 'Qué esperar',
  waits: 'Espera antes de',
  waitsNote: 'Los plazos cuentan desde el final de la sesión. Lo que te indique tu clínica tiene prioridad.',
  yourClinic: 'tu clínica',
  sourcesRange: 'fuentes: {range}',
  help: 'Cuándo pedir ayuda',
  daytime: 'De día',
  afterHours: 'Fuera de horario',
  emergencyNumbers: 'Números de emergencias:',
  nextSessions: 'Tus próximas sesiones',
  noMoreSessions: 'Esta fue la última sesión de la serie habitual.',
  sessionN: 'Sesión {n}: {date}',
  qrLabel: 'Código QR: abre tu propia línea de recuperación, en el día de hoy',
  qrCaption: 'Escanéalo para ver tu recuperación día a día.',
  footer: 'SkinPen Guide (en inglés), revisada el {date}. Fuentes: referencias {refs} en {site}/references/.',
  notAdvice: 'Esta hoja es información, no consejo médico. No guarda nada sobre ti salvo la fecha de tu sesión.',
};

/** The sheet's words in every language. */
export const SHEET_STRINGS: Record<Lang, SheetStrings> = { en, es };
