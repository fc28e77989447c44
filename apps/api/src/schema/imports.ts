import {
  describeProblem,
  importFiles,
  importKinds,
  ImportValidationError,
  MAX_PROBLEMS_LISTED,
  type ImportedFile,
  type ImportKind,
  type ImportProblem,
  type ImportSummary,
} from "@csc/importer";
import { z } from "zod";
import { builder } from "../builder.ts";
import { DataQualityIssueRef } from "./quality.ts";
import { ReleaseRef } from "./releases.ts";

const ImportFileInput = builder.inputType("ImportFileInput", {
  description: "A file to import, as the dashboard's upload page sends it.",
  fields: (t) => ({
    name: t.string({ required: true, description: "The file's name, used in every message about it." }),
    contentBase64: t.string({
      required: true,
      description: "The file's bytes, base64-encoded, so that Windows-1252 files arrive unchanged.",
      validate: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "Expected base64."),
    }),
    kind: t.string({
      required: false,
      description:
        "What the file is, when its header does not say: figures, ofsted-fostering, nts-transfers, or a publication's dataset such as dfe-cla-numbers-and-rates. Usually left out; SSDA903 tables are always recognised by their columns.",
    }),
  }),
});

const ImportProblemRef = builder.objectRef<ImportProblem>("ImportProblem").implement({
  description: "One thing wrong with a file, located precisely enough to fix it.",
  fields: (t) => ({
    file: t.exposeString("file", { description: "The file's name." }),
    line: t.exposeInt("line", { description: "1-based line; 0 when the problem is with the whole file." }),
    column: t.string({
      nullable: true,
      description: "The column's header, if the problem is in one cell.",
      resolve: (problem) => problem.column ?? null,
    }),
    value: t.string({
      nullable: true,
      description: "What the cell holds.",
      resolve: (problem) => problem.value ?? null,
    }),
    message: t.exposeString("message", { description: "What is wrong and what was expected." }),
    check: t.string({
      nullable: true,
      description:
        'The check that found it, where it has a name: DfE\'s screener check for a tidy file ("geog_level"), or the DfE validation rule for an SSDA903 extract ("DfE rule 501").',
      resolve: (problem) => problem.check ?? null,
    }),
    description: t.string({
      description: 'All of it in one line: "file, line 3, column "value": … (found "x")".',
      resolve: (problem) => describeProblem(problem),
    }),
  }),
});

builder.objectType(ImportValidationError, {
  name: "ImportRefused",
  description: "The files were not imported: every problem found in them. Nothing was written.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "A summary of the problems." }),
    problems: t.field({
      type: [ImportProblemRef],
      description: `The problems in every file, the first ${String(MAX_PROBLEMS_LISTED)} of them; problemCount says how many there were.`,
      resolve: (error) => [...error.problems],
    }),
    problemCount: t.exposeInt("problemCount", { description: "How many problems there were in all." }),
  }),
});

const ImportedFileRef = builder.objectRef<ImportedFile>("ImportedFile").implement({
  description: "What became of one imported file.",
  fields: (t) => ({
    file: t.exposeString("file", { description: "The file's name." }),
    format: t.exposeString("format", {
      description: "How it was read: figures, tidy, ofsted-fostering or nts-transfers.",
    }),
    dataset: t.exposeString("dataset", { description: "The dataset its release is numbered in." }),
    title: t.exposeString("title", { description: "What the file holds, in words." }),
    figures: t.exposeInt("figures", { description: "Figures read from it." }),
    inserted: t.int({ description: "Figures new to the platform.", resolve: (file) => file.result.inserted }),
    revised: t.int({
      description: "Figures that correct an earlier release's (the earlier value is kept).",
      resolve: (file) => file.result.revised,
    }),
    unchanged: t.int({
      description: "Figures the platform already held with the same value.",
      resolve: (file) => file.result.unchanged,
    }),
    earlierEdition: t.int({
      description:
        "Figures that differ from those held but come from an earlier edition of the table (a release imported late): kept as history and corrected by the later edition, never made current.",
      resolve: (file) => file.result.earlierEdition,
    }),
    release: t.prismaField({
      type: ReleaseRef,
      nullable: true,
      description: "The release created; null for a dry run, or when nothing was new or changed.",
      resolve: (query, file, _args, context) =>
        file.result.release
          ? context.prisma.release.findUnique({ ...query, where: { id: file.result.release.id } })
          : null,
    }),
    releaseVersion: t.int({
      nullable: true,
      description: "The release's version within its dataset, also for a dry run.",
      resolve: (file) => file.result.release?.version ?? null,
    }),
    areasAdded: t.stringList({
      description:
        "Always empty: every area comes from the platform's register, and a code it does not hold is an error.",
      deprecationReason: "Imports never add areas; an unknown area code is refused.",
      resolve: () => [],
    }),
    notes: t.stringList({
      description: "Rows or columns deliberately not loaded, and why.",
      resolve: (file) => [...file.notes],
    }),
  }),
});

const ImportSummaryRef = builder.objectRef<ImportSummary>("ImportSummary").implement({
  description: "The files were imported (or, for a dry run, could be).",
  fields: (t) => ({
    dryRun: t.exposeBoolean("dryRun", { description: "Whether nothing was written." }),
    files: t.field({
      type: [ImportedFileRef],
      description: "Each file, in order.",
      resolve: (s) => [...s.files],
    }),
    qualityIssues: t.field({
      type: [DataQualityIssueRef],
      description: "What the data-quality rules find about the imported figures.",
      resolve: (summary) => [...summary.qualityIssues],
    }),
  }),
});

builder.mutationField("importFiles", (t) =>
  t.field({
    type: ImportSummaryRef,
    description:
      "Imports files as releases, all or nothing: drafts unless `publish` is true. An identical file imported again changes nothing; a changed figure becomes a revision that keeps the old value.",
    errors: { types: [ImportValidationError], dataField: { description: "What was imported." } },
    args: {
      files: t.arg({
        type: [ImportFileInput],
        required: true,
        description: "The files, in the order their releases should be numbered.",
        validate: z
          .array(z.unknown())
          .min(1, "Send at least one file.")
          .max(20, "Send at most 20 files at once."),
      }),
      dryRun: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Check the files and say what would change, without writing anything.",
      }),
      publish: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Publish the releases at once instead of leaving them as drafts.",
      }),
      area: t.arg.string({
        required: false,
        validate: z.string().max(40),
        description:
          "For an SSDA903 extract (its header, episodes and UASC tables, sent together): the council it is for, as a GSS code. Its figures are counted from the extract; no child's record is kept.",
      }),
    },
    resolve: (_root, args, context) =>
      importFiles(
        context.prisma,
        args.files.map((file) => ({
          name: file.name,
          bytes: Buffer.from(file.contentBase64, "base64"),
          kind: file.kind ?? undefined,
        })),
        {
          createdBy: context.viewer.tokenName ?? "author",
          dryRun: args.dryRun ?? false,
          publish: args.publish ?? false,
          area: args.area ?? undefined,
        },
      ),
  }),
);

const ImportKindRef = builder.objectRef<ImportKind>("ImportKind").implement({
  description: "A kind of file the importer reads, for the `kind` of an ImportFileInput.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "What to pass as `kind`." }),
    title: t.exposeString("title", { description: "What such a file holds, in words." }),
    source: t.exposeString("source", {
      nullable: true,
      description: "The key of the publication its figures are cited to; null for an author's figures file.",
    }),
  }),
});

builder.queryField("importKinds", (t) =>
  t.field({
    type: [ImportKindRef],
    description: "The kinds of file the importer reads. A file's kind is usually worked out from its header.",
    resolve: () => [...importKinds],
  }),
);
