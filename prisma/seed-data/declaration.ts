// Paragraphs of the Samarkand summit declaration, as the joint NGO statement quotes them.
import { SAMARKAND_DECLARATION } from "./sources";

const quoted = (locator: string, quote: string) => ({ locator, quote, quotedSource: SAMARKAND_DECLARATION });

// The statement ends its quotation of paragraph 15 with "[emphasis added]": the NGOs' words, not the
// declaration's, so the quote stops before them.

export const declarationParagraphs = [
  quoted(
    "Paragraph 3",
    "We are committed to cooperate for peace, security, and democracy, to fully respect international law, including the UN Charter and the fundamental principles of respect for the independence, sovereignty and territorial integrity of all States, within their internationally recognised borders. We emphasised the importance of achieving as soon as possible, a comprehensive, just, and lasting peace in Ukraine in accordance with the principles of the Charter of the United Nations. We emphasized the need to uphold the principles of the OSCE by the participating States. We reconfirmed the obligation of all States to refrain in their international relations from the threat or use of force, to respect international humanitarian law and underlined the need for peaceful resolution of conflicts.",
  ),
  quoted(
    "Paragraph 15",
    "Participants affirmed the need for their continued commitment to enhanced cooperation and the development of new approaches in the joint fight against organised crime, violent extremism, radicalisation, terrorism, drug trafficking, trafficking in human beings, migrant smuggling, cyber threats, including cybercrime and disinformationas well as addressing Chemical, Biological, Radiological and Nuclear risks whilst safeguarding human rights and media freedom",
  ),
  quoted(
    "Paragraph 16",
    "EU and Central Asian leaders reiterated that the promotion and protection of rule of law, human rights and fundamental freedoms is a common fundamental value. Ensuring freedom of expression and association, an enabling environment for civil society and independent media, protection of human rights defenders as well as the respect for the rights of women, the rights of the child, and labor rights remain at the core of EU–Central Asia relations. The EU reiterated its readiness to support efforts in this regard at regional as well as at national level.",
  ),
];
