import type { Document } from "../../src/doc/model.js";
import { parseBlockText } from "../../src/doc/parse.js";
import { escapeBlockText as e } from "../../src/doc/escape.js";

/** Block text using every construct of the block language, with the French characters that matter. */
export const fixtureText = `!cover
!banner Diffusion restreinte
!title Plan de reprise d’activité
!subtitle Centre hospitalier de Kerbrat
FINESS 290000017

!kv
!widths 1 2
| Version | 2.1 |
| Date | 15\u00a0mars 2026 |
| Responsable du plan | ${e("Dr Anne Le Gall (directrice)")} |

Document produit par pcapra à partir du plan source ; toute modification se fait dans le plan.
!body
!toc Sommaire 2

# Objet et portée
Le cœur du plan\u00a0: reprendre les activités vitales en moins de 4\u00a0h. Êtes-vous prêt\u202f? **Oui** et _vite_.

## Établissements concernés
- Bâtiment A ☐
- ${e("Bâtiment **B** | {{x}}")}

### Détail sans sommaire
1. Alerter la cellule
2. Ouvrir la main courante

1. Premier de la seconde liste

##! Hors sommaire {-}
!label Actions
!small Texte en petit.

# Tableaux
| Ressource | Rang | Remarques |
|---|---|---|
| Serveur DPI | 1 | ${e("Ligne 1\nLigne 2")} |
|! Total | 2 | Œuvre |

!rowheight 20
| Heure | Événement |
|---|---|
| | |
| | |

> Rappel\u00a0: un incident grave se signale sans délai\u202f; une violation de données se notifie à la CNIL.
> - sous 72\u00a0heures

!pagebreak
!blank-page Page laissée intentionnellement blanche
!pagebreak odd
# Annuaire de crise {annex}
Conserver cet annuaire imprimé.
`;

export function fixtureDocument(): Document {
  const { cover, body } = parseBlockText(fixtureText, "fixture");
  return {
    meta: {
      title: "Plan de reprise d’activité – Centre hospitalier de Kerbrat",
      author: "Anne Le Gall",
      subject: "Version 2.1 du 15\u00a0mars 2026",
      keywords: "290000017",
      language: "fr-FR",
      date: "2026-03-15",
      header: { left: "Centre hospitalier de Kerbrat", right: "Diffusion restreinte" },
      footer: { left: "PRA v2.1 – 15\u00a0mars 2026", centre: "FINESS 290000017" },
    },
    cover,
    body,
  };
}
