/** The schema.org health aspects an article may declare in its frontmatter `healthAspects` (JSON-LD). */

/** Every member of schema.org's HealthAspectEnumeration (https://schema.org/HealthAspectEnumeration). */
export const HEALTH_ASPECTS = [
  'AllergiesHealthAspect',
  'BenefitsHealthAspect',
  'CausesHealthAspect',
  'ContagiousnessHealthAspect',
  'EffectivenessHealthAspect',
  'GettingAccessHealthAspect',
  'HowItWorksHealthAspect',
  'HowOrWhereHealthAspect',
  'IngredientsHealthAspect',
  'LivingWithHealthAspect',
  'MayTreatHealthAspect',
  'MisconceptionsHealthAspect',
  'OverviewHealthAspect',
  'PatientExperienceHealthAspect',
  'PregnancyHealthAspect',
  'PreventionHealthAspect',
  'PrognosisHealthAspect',
  'RelatedTopicsHealthAspect',
  'RisksOrComplicationsHealthAspect',
  'SafetyHealthAspect',
  'ScreeningHealthAspect',
  'SeeDoctorHealthAspect',
  'SelfCareHealthAspect',
  'SideEffectsHealthAspect',
  'StagesHealthAspect',
  'SymptomsHealthAspect',
  'TreatmentsHealthAspect',
  'TypesHealthAspect',
  'UsageOrScheduleHealthAspect',
] as const;

/** One schema.org health aspect, e.g. "SeeDoctorHealthAspect". */
export type HealthAspect = (typeof HEALTH_ASPECTS)[number];
