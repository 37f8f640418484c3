/** Hand-written plans for the content checks (YAML text, as a user would write it). */

/** Everything optional left out: every absent-data and empty-section sentence shows. */
export const emptyPlan = `
version: 1
establishment:
  name: Clinique Vide
  finess: "290000017"
  type: sanitaire
plan:
  version: "0.1"
  date: 2026-03-15
  owner: dir
contacts:
  - id: dir
    name: Alice Martin
    role: Directrice
    phone: 01 99 00 00 01
    deputy: adj
  - id: adj
    name: Bruno Durand
    role: Adjoint
    mobile: 06 99 00 00 02
crisis:
  cell:
    - role: Directeur de crise
      contact: dir
      deputy: adj
services:
  - id: acc
    name: Accueil
    kind: administrative
    criticality: important
    rto: 2d
`;

/**
 * A plan that exercises formats (§1.6), findings (§7.2) and orders (§1.7). Recovery by hand
 * (default scenario, L = dpi, san, sil, gam, old):
 * ertO(urg) = 45; ertO(lab) = min(4h, 45) = 45; ertO(adm) = 2880.
 * D(dpi) = 45 (no degraded procedure of urg covers it), duration 1470, E = 1470 + 2790 = 4260.
 * D(san) = 45 − 1470 = −1425, duration 2790, E = 2790, LS = −4215.
 * D(sil) = max(45, 240) = 240 (p-lab covers it, 4 h), E = 120, LS = 120, gap +2 h.
 * D(gam) = D(pacs) = 2880, durations none (0), E = 0 (tie: criticality, then id). old: no deadline.
 * Rank: san, dpi, sil, gam, pacs, old.
 */
export const fullPlan = `
version: 1
establishment:
  name: Centre hospitalier d’Essai
  finess: 29 000 0017
  type: sanitaire
  category: CH
  ght: GHT Essai
  region: Bretagne
  address: 1 rue de l’Essai
  beds: 12000
plan:
  version: "3.0"
  date: 2026-03-01
  owner: dir
  approvedBy: dg
  nextReview: 2027-03-01
  classification: Diffusion restreinte
  title: PCRA 2026
contacts:
  - id: dir
    name: Alice Martin
    role: Directrice
    phone: 01 99 00 00 01
    mobile: 06 99 00 00 01
    deputy: dg
  - id: dg
    name: Bruno Durand
    role: Directeur général
    phone: 01 99 00 00 02
  - id: com
    name: Chloé Petit
    role: Communication
    email: com@example.org
  - id: ext
    name: Éditeur DPI
    role: Support
    organization: Éditeur
    external: true
    phone: 01 99 00 00 09
  - id: dsi
    name: Denis Roux
    role: DSI
    mobile: 06 99 00 00 04
sites:
  - id: s1
    name: Site principal
    address: 1 rue de l’Essai
crisis:
  cell:
    - role: Directeur de crise
      contact: dg
      deputy: dir
      responsibilities: [Décider, Communiquer]
    - role: Communication
      contact: com
    - role: Porte-parole
      contact: dsi
      deputy: dsi
  triggers: [Perte du DPI]
  alerting: [Prévenir l’administrateur de garde, Réunir la cellule]
  notifications:
    - who: ARS
      when: Sans délai
services:
  - id: adm
    name: Admissions
    kind: administrative
    criticality: important
    rto: 2d
    activityShare: 0.285
    dependsOn: [gam, pacs]
  - id: urg
    name: Urgences
    kind: care
    criticality: vital
    rto: 45min
    mtpd: 65min
    rpo: 30min
    activityShare: 0.125
    manager: dir
    site: s1
    dependsOn: [dpi, lab]
  - id: lab
    name: Laboratoire
    kind: technical
    criticality: essential
    rto: 4h
    mtpd: 1d
    activityShare: 0.004
    dependsOn: [sil]
resources:
  - id: dpi
    name: DPI
    kind: application
    dependsOn: [san]
    recovery:
      duration: 1470min
      team: dsi
    backup:
      frequency: 1d
      offline: true
      immutable: false
      lastRestoreTest: 2025-06-01
  - id: san
    name: SAN
    kind: infrastructure
    recovery:
      duration: 2790min
      team: dsi
  - id: sil
    name: SIL
    kind: application
    recovery:
      duration: 2h
  - id: gam
    name: GAM
    kind: application
    backup:
      frequency: 1d
      offline: true
      immutable: true
  - id: pacs
    name: PACS
    kind: application
    backup:
      frequency: 1d
      offline: true
      immutable: true
      lastRestoreTest: 2024-12-01
  - id: old
    name: Archives
    kind: data
procedures:
  - id: p-cyber
    title: Suspicion de cyberattaque
    kind: reflex
    owner: dir
    steps: [Débrancher le câble]
  - id: p-lab
    title: Laboratoire sans SIL
    kind: degraded
    service: lab
    covers: [sil]
    maxDuration: 4h
    trigger: SIL en panne
    owner: dsi
    steps:
      - action: Passer aux bons papier
        who: dir
      - action: Appeler le laboratoire de recours
        who: Technicien de garde
      - Archiver les bons
    supplies: [Bons papier]
    returnToNormal: [Ressaisir les résultats, Contrôler]
  - id: p-reprise
    title: Reprise du SI
    kind: recovery
    steps: [Restaurer l’annuaire]
  - id: p-rtn
    title: Retour à la normale et ressaisie
    kind: return-to-normal
    steps: [Ressaisir]
scenarios:
  - id: cyber
    title: Rançongiciel
    kind: it-outage
    procedures: [p-cyber, p-lab]
  - id: arch
    title: Perte des archives
    kind: other
    unavailable: [old]
exercises:
  - date: 2026-05-01
    kind: field-test
    title: Exercice terrain
  - date: 2025-10-01
    kind: tabletop
    title: Exercice sur table
    scenario: cyber
    level: beginner
    lessons: [Imprimer l’annuaire]
`;
