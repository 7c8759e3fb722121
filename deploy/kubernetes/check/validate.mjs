// Renders the manifests as kustomize would for a plain resource list (each file of kustomization.yaml, its common
// labels added) and checks every object against the Kubernetes API schema of its kind (kubernetes-models bundles
// them: nothing is fetched), then what Netra needs of them. Unknown fields are not caught: the schemas allow them.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const models = {
  "apps/v1 Deployment": (await import("kubernetes-models/apps/v1/Deployment")).Deployment,
  "v1 Service": (await import("kubernetes-models/v1/Service")).Service,
  "v1 ConfigMap": (await import("kubernetes-models/v1/ConfigMap")).ConfigMap,
  "v1 PersistentVolumeClaim": (await import("kubernetes-models/v1/PersistentVolumeClaim")).PersistentVolumeClaim,
  "policy/v1 PodDisruptionBudget": (await import("kubernetes-models/policy/v1/PodDisruptionBudget")).PodDisruptionBudget,
};
const secrets = new Set(["netra-db-app", "netra-reporter-keys", "netra-integration-keys"]);
const problems = [];

function render() {
  const kustomization = parse(readFileSync(join(root, "kustomization.yaml"), "utf8"));
  const labels = Object.assign({}, ...(kustomization.labels ?? []).map((l) => l.pairs));
  const objects = [];
  for (const file of kustomization.resources) {
    for (const document of parseAllDocuments(readFileSync(join(root, file), "utf8"))) {
      if (document.errors.length) {
        problems.push(`${file}: ${document.errors[0].message}`);
        continue;
      }
      const object = document.toJS();
      if (object == null) continue;
      object.metadata = { ...object.metadata, labels: { ...object.metadata?.labels, ...labels } };
      objects.push({ file, object });
    }
  }
  return objects;
}

function schemaErrors(object) {
  const Model = models[`${object.apiVersion} ${object.kind}`];
  if (!Model) return [`no schema here for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

/** Runs once until its feed keeps a case's order across processes (docs/kubernetes.md). */
const SINGLE_REPLICA = new Set(["integration-service"]);

function checkDeployment(name, deployment, services, budgets) {
  const spec = deployment.spec;
  const wanted = SINGLE_REPLICA.has(name) ? 1 : 2;
  if (spec.replicas !== wanted && !(wanted === 2 && spec.replicas > 2)) {
    problems.push(`${name}: ${spec.replicas} replicas, expected ${wanted === 1 ? "exactly one" : "at least two"}`);
  }
  for (const container of spec.template.spec.containers) {
    const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e]));
    const port = container.ports?.find((p) => p.name === "http")?.containerPort;
    if (String(port) !== env.QUARKUS_HTTP_PORT?.value) problems.push(`${name}: port ${port} is not QUARKUS_HTTP_PORT`);
    if (container.readinessProbe?.httpGet?.path !== "/q/health/ready") problems.push(`${name}: readiness is not /q/health/ready`);
    if (container.livenessProbe?.httpGet?.path !== "/q/health/live") problems.push(`${name}: liveness is not /q/health/live`);
    if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) problems.push(`${name}: no resource requests`);
    for (const variable of container.env ?? []) {
      const secret = variable.valueFrom?.secretKeyRef?.name;
      if (secret && !secrets.has(secret)) problems.push(`${name}: secret ${secret} is not one the docs tell to create`);
      if (/PASSWORD|KEY|SECRET/.test(variable.name) && variable.value !== undefined) problems.push(`${name}: ${variable.name} is written in the manifest`);
    }
  }
  const labels = spec.template.metadata.labels;
  const selects = (selector) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
  if (!services.some((s) => selects(s.spec.selector))) problems.push(`${name}: no Service selects it`);
  if (!budgets.some((b) => selects(b.spec.selector.matchLabels))) problems.push(`${name}: no PodDisruptionBudget covers it`);
}

// the schemas must be able to fail: a Deployment with a replica count of the wrong type is refused
if (schemaErrors({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" }, spec: { replicas: "two", selector: {}, template: {} } }).length === 0) {
  console.error("the schema check accepts a wrong Deployment: it checks nothing");
  process.exit(1);
}
const objects = render();
for (const { file, object } of objects) {
  for (const error of schemaErrors(object)) problems.push(`${file}: ${object.kind} ${object.metadata?.name}: ${error}`);
}
const of = (kind) => objects.filter((o) => o.object.kind === kind).map((o) => o.object);
for (const deployment of of("Deployment")) checkDeployment(deployment.metadata.name, deployment, of("Service"), of("PodDisruptionBudget"));
if (of("Deployment").length !== 4) problems.push(`expected 4 Deployments, found ${of("Deployment").length}`);

if (problems.length) {
  console.error(problems.map((p) => `FAIL ${p}`).join("\n"));
  process.exit(1);
}
const counts = Object.entries(objects.reduce((c, { object }) => ({ ...c, [object.kind]: (c[object.kind] ?? 0) + 1 }), {}));
console.log(`deploy/kubernetes: ${objects.length} objects valid (${counts.map(([k, n]) => `${n} ${k}`).join(", ")})`);
