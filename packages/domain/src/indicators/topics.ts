import type { Topic, TopicCode } from "./indicator.ts";

export const topics: readonly Topic[] = [
  {
    code: "uasc",
    name: "Unaccompanied asylum-seeking children",
    description:
      "Children who arrive without a parent or carer and claim asylum, and those who have left care.",
  },
  {
    code: "children-looked-after",
    name: "Children looked after",
    description: "Children in the council's care: how many, and how many enter and leave care.",
  },
  {
    code: "front-door",
    name: "Contacts and referrals",
    description: "Concerns about children reaching children's social care, and who raised them.",
  },
  {
    code: "child-protection",
    name: "Assessments and child protection",
    description: "Section 47 enquiries, child and family assessments and child protection plans.",
  },
  {
    code: "workforce",
    name: "Social care workforce",
    description: "Recruitment, vacancies and turnover of social workers and other practitioners, and teams.",
  },
  {
    code: "fostering",
    name: "Fostering",
    description: "Enquiries from people interested in fostering, and foster carers approved.",
  },
  {
    code: "safeguarding-reviews",
    name: "Safeguarding reviews",
    description: "Reviews of children's placements and of allegations against people who work with children.",
  },
  {
    code: "youth-justice",
    name: "Youth justice",
    description: "Work of the youth offending team, including restorative justice.",
  },
  {
    code: "other-statistics",
    name: "Other official statistics",
    description:
      "Figures from official statistics tables the platform has no mapping for, imported as the table gives them.",
  },
];

export function findTopic(code: string): Topic | undefined {
  return topics.find((topic) => topic.code === (code as TopicCode));
}
