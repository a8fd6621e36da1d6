// Every form layout the reader knows (forms.ts says what a layout holds).
import { FormLayout } from "./forms";
import { ESAKIP_FORMS } from "./forms-esakip";
import { SIPD_FORMS } from "./forms-sipd";

export const FORM_LAYOUTS: FormLayout[] = [...SIPD_FORMS, ...ESAKIP_FORMS];
