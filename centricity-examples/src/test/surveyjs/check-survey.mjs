// Loads Centricity's SurveyJS surveys with the real survey-core library, checks them against what
// the rubric says they must hold, answers them by choosing among the survey's own choices, and
// writes survey.data of every run as one SurveyJS results file (a JSON list).
//
// Usage: node check-survey.mjs JOB.json
// JOB.json (written by the Java test SurveyJsLibraryTest):
//   { "runs": [ { "survey": path, "language": "de", "respondent": "r-de", "group": "Vertrieb",
//                 "about": { "respondent": title, "group": title },
//                 "statements": { traitId: text }, "dontKnow": text } ],
//     "dimensions": [ { "id": "focus", "traits": ["focus.market-share", ...] } ],
//     "choices": { traitId: index of the choice to pick, 0-based },
//     "out": path }
// Exits 1 with one line per failed check.
import { readFileSync, writeFileSync } from "node:fs";
import { Model } from "survey-core";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
const squash = (s) => String(s).replace(/\s+/g, " ").trim();
const results = [];

for (const run of job.runs) {
  const json = JSON.parse(readFileSync(run.survey, "utf8"));
  const survey = new Model(json);
  const where = `${run.survey} (${run.language})`;
  check(survey.locale === (json.locale ?? ""), `${where}: locale ${survey.locale}`);
  check(survey.pages.length === job.dimensions.length + 1,
    `${where}: ${survey.pages.length} pages for ${job.dimensions.length} dimensions and one about the respondent`);
  // the first page asks who answers and in which group, as the respondent would type it
  const about = survey.pages[0];
  const fields = about ? about.questions : [];
  check(about && about.name === "about", `${where}: the first page is '${about && about.name}', not 'about'`);
  check(JSON.stringify(fields.map((q) => q.name)) === JSON.stringify(["respondent", "group"]),
    `${where}: the first page asks ${fields.map((q) => q.name)} instead of respondent, group`);
  for (const q of fields) {
    check(q.getType() === "text", `${where}: '${q.name}' is a ${q.getType()}, not text`);
    check(!q.isRequired, `${where}: '${q.name}' is required`);
    check(q.title === run.about[q.name], `${where}: '${q.name}' reads '${q.title}', not '${run.about[q.name]}'`);
    q.value = run[q.name];
  }
  job.dimensions.forEach((dimension, p) => {
    const page = survey.pages[p + 1];
    if (!page) { return; }
    check(page.name === dimension.id, `${where}: page ${p} is '${page.name}', not '${dimension.id}'`);
    const names = page.questions.map((q) => q.name);
    check(JSON.stringify(names) === JSON.stringify(dimension.traits),
      `${where}: page '${page.name}' asks ${names} instead of ${dimension.traits}`);
    for (const q of page.questions) {
      check(q.getType() === "radiogroup", `${where}: '${q.name}' is a ${q.getType()}`);
      check(squash(q.title) === squash(run.statements[q.name]),
        `${where}: '${q.name}' reads '${q.title}', not '${run.statements[q.name]}'`);
      const values = q.choices.map((c) => c.value);
      const last = values[values.length - 1];
      check(last === "n/a", `${where}: the last choice of '${q.name}' is ${last}, not n/a`);
      values.slice(0, -1).forEach((v, i) =>
        check(v === i + 1, `${where}: choice ${i} of '${q.name}' has the value ${v}`));
      check(q.choices[q.choices.length - 1].text === run.dontKnow,
        `${where}: '${q.name}' offers '${q.choices[q.choices.length - 1].text}' for don't know`);
      check(q.choices.every((c) => squash(c.text).length > 0), `${where}: '${q.name}' has an empty label`);
      const pick = q.choices[job.choices[q.name]];
      check(pick !== undefined, `${where}: '${q.name}' has no choice ${job.choices[q.name]}`);
      if (pick) { q.value = pick.value; }
    }
  });
  // an empty survey completes: nothing but the trait questions may be required
  check(survey.getAllQuestions().every((q) => !q.isRequired), `${where}: a question is required`);
  results.push(survey.data);
}

writeFileSync(job.out, JSON.stringify(results, null, 2) + "\n");
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`${job.runs.length} surveys loaded, checked and answered by survey-core`);
