import { graphql } from './generated/gql.ts';
import type {
  WorkflowFieldsFragment,
  WorkflowRunFieldsFragment,
  WorkflowRunStatus,
  WorkflowStepStatus,
  WorkflowSummaryFieldsFragment,
} from './generated/graphql.ts';

export type Workflow = WorkflowFieldsFragment;
export type WorkflowSummary = WorkflowSummaryFieldsFragment;
export type WorkflowRun = WorkflowRunFieldsFragment;
export type WorkflowStepRun = WorkflowRunFieldsFragment['steps'][number];
export type { WorkflowRunStatus, WorkflowStepStatus };

export const WORKFLOW_SUMMARY_FIELDS = graphql(`
  fragment WorkflowSummaryFields on Workflow {
    id
    name
    description
    enabled
    paused
    trigger
    runsThisMonth
    runQuota
    updatedAt
    lastRun {
      id
      status
      createdAt
      error
    }
  }
`);

export const WORKFLOW_FIELDS = graphql(`
  fragment WorkflowFields on Workflow {
    ...WorkflowSummaryFields
    workspaceId
    whilePaused
    concurrency
    version
    steps
    ownerId
    webhookUrl
    nextRunTimes
  }
`);

export const WORKFLOW_RUN_FIELDS = graphql(`
  fragment WorkflowRunFields on WorkflowRun {
    id
    workflowId
    version
    status
    dryRun
    triggerType
    trigger
    error
    failedStep
    createdAt
    startedAt
    finishedAt
    durationMs
    steps {
      key
      stepId
      type
      status
      input
      output
      logs
      attempts
      error
      startedAt
      finishedAt
      durationMs
    }
  }
`);

export const WORKFLOWS = graphql(`
  query Workflows($workspaceId: ID!) {
    workflows(workspaceId: $workspaceId) {
      ...WorkflowSummaryFields
    }
  }
`);

export const WORKFLOW = graphql(`
  query Workflow($id: ID!) {
    workflow(id: $id) {
      ...WorkflowFields
    }
  }
`);

export const WORKFLOW_RUNS = graphql(`
  query WorkflowRuns($workflowId: ID!, $status: WorkflowRunStatus, $after: String) {
    workflowRuns(workflowId: $workflowId, status: $status, first: 20, after: $after) {
      edges {
        cursor
        node {
          ...WorkflowRunFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const WORKFLOW_SCHEDULE_TIMES = graphql(`
  query WorkflowScheduleTimes($cron: String!, $timeZone: String) {
    workflowScheduleTimes(cron: $cron, timeZone: $timeZone, count: 5)
  }
`);

export const CREATE_WORKFLOW = graphql(`
  mutation CreateWorkflow($input: CreateWorkflowInput!) {
    createWorkflow(input: $input) {
      ...WorkflowFields
    }
  }
`);

export const UPDATE_WORKFLOW = graphql(`
  mutation UpdateWorkflow($input: UpdateWorkflowInput!) {
    updateWorkflow(input: $input) {
      ...WorkflowFields
    }
  }
`);

export const DELETE_WORKFLOW = graphql(`
  mutation DeleteWorkflow($id: ID!) {
    deleteWorkflow(id: $id)
  }
`);

export const SET_WORKFLOW_ENABLED = graphql(`
  mutation SetWorkflowEnabled($id: ID!, $enabled: Boolean!) {
    setWorkflowEnabled(id: $id, enabled: $enabled) {
      ...WorkflowSummaryFields
    }
  }
`);

export const PAUSE_WORKFLOW = graphql(`
  mutation PauseWorkflow($id: ID!) {
    pauseWorkflow(id: $id) {
      ...WorkflowSummaryFields
    }
  }
`);

export const RESUME_WORKFLOW = graphql(`
  mutation ResumeWorkflow($id: ID!) {
    resumeWorkflow(id: $id) {
      ...WorkflowSummaryFields
    }
  }
`);

export const RUN_WORKFLOW = graphql(`
  mutation RunWorkflow($input: RunWorkflowInput!) {
    runWorkflow(input: $input) {
      ...WorkflowRunFields
    }
  }
`);

export const TEST_WORKFLOW = graphql(`
  mutation TestWorkflow($input: TestWorkflowInput!) {
    testWorkflow(input: $input) {
      ...WorkflowRunFields
    }
  }
`);

export const CANCEL_WORKFLOW_RUN = graphql(`
  mutation CancelWorkflowRun($id: ID!) {
    cancelWorkflowRun(id: $id) {
      ...WorkflowRunFields
    }
  }
`);

export const RETRY_WORKFLOW_RUN = graphql(`
  mutation RetryWorkflowRun($id: ID!) {
    retryWorkflowRun(id: $id) {
      ...WorkflowRunFields
    }
  }
`);

export const ROTATE_WORKFLOW_WEBHOOK_URL = graphql(`
  mutation RotateWorkflowWebhookUrl($id: ID!) {
    rotateWorkflowWebhookUrl(id: $id) {
      id
      webhookUrl
    }
  }
`);

export const WORKFLOW_RUN_UPDATED = graphql(`
  # The fields of WorkflowRunFields, written out: the gateway resolves a subscription's
  # top-level fields and drops a fragment spread there.
  subscription WorkflowRunUpdated($workflowId: ID!) {
    workflowRunUpdated(workflowId: $workflowId) {
      id
      workflowId
      version
      status
      dryRun
      triggerType
      trigger
      error
      failedStep
      createdAt
      startedAt
      finishedAt
      durationMs
      steps {
        key
        stepId
        type
        status
        input
        output
        logs
        attempts
        error
        startedAt
        finishedAt
        durationMs
      }
    }
  }
`);
