{{- define "danvan.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "danvan.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "danvan.labels" -}}
app.kubernetes.io/name: {{ include "danvan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "danvan.apiSelector" -}}
app.kubernetes.io/name: {{ include "danvan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: api
{{- end -}}

{{- define "danvan.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .name (default .root.Chart.AppVersion .root.Values.image.tag) -}}
{{- end -}}

{{- define "danvan.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "danvan.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Non-root, read-only root filesystem, nothing extra: every danvan container. */}}
{{- define "danvan.containerSecurity" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* The database settings both the api and the migration job need, each with its own URL:
     (dict "root" . "url" <jdbc url>). Secrets by reference only. */}}
{{- define "danvan.databaseEnv" -}}
{{- $values := .root.Values -}}
- name: SPRING_DATASOURCE_URL
  value: {{ required "postgresql.url is required" .url | quote }}
- name: SPRING_DATASOURCE_USERNAME
  value: {{ $values.postgresql.username | quote }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ required "postgresql.existingSecret is required" $values.postgresql.existingSecret }}
      key: {{ $values.postgresql.passwordKey }}
{{- end -}}
