/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n': typeof types.ApiKeyFieldsFragmentDoc;
  '\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword })\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n': typeof types.VerifyEmailDocument;
  '\n  fragment SyncStatusFields on SyncStatus {\n    state\n    recordsDone\n    recordsTotal\n    tablesDone\n    tablesTotal\n    lastSyncedAt\n    error\n  }\n': typeof types.SyncStatusFieldsFragmentDoc;
  '\n  fragment AvailableBaseFields on AvailableBase {\n    id\n    name\n    permissionLevel\n    synced\n  }\n': typeof types.AvailableBaseFieldsFragmentDoc;
  '\n  query AirtableConnections($id: ID!) {\n    workspace(id: $id) {\n      id\n      role\n      airtableConnections {\n        id\n        name\n        tokenHint\n        createdAt\n        bases {\n          id\n          name\n          sync {\n            ...SyncStatusFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.AirtableConnectionsDocument;
  '\n  query AvailableBases($id: ID!) {\n    workspace(id: $id) {\n      id\n      airtableConnections {\n        id\n        availableBases {\n          ...AvailableBaseFields\n        }\n      }\n    }\n  }\n': typeof types.AvailableBasesDocument;
  '\n  mutation ConnectAirtable($workspaceId: ID!, $name: String!, $token: String!) {\n    connectAirtable(input: { workspaceId: $workspaceId, name: $name, token: $token }) {\n      id\n      name\n      tokenHint\n      createdAt\n      bases {\n        id\n        name\n        sync {\n          ...SyncStatusFields\n        }\n      }\n      availableBases {\n        ...AvailableBaseFields\n      }\n    }\n  }\n': typeof types.ConnectAirtableDocument;
  '\n  mutation SyncBase($connectionId: ID!, $baseId: ID!) {\n    syncBase(input: { connectionId: $connectionId, baseId: $baseId }) {\n      id\n      name\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n': typeof types.SyncBaseDocument;
  '\n  mutation ResyncBase($id: ID!) {\n    resyncBase(id: $id) {\n      id\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n': typeof types.ResyncBaseDocument;
  '\n  mutation RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n': typeof types.RemoveConnectionDocument;
  '\n  subscription SyncProgress($baseId: ID!) {\n    syncProgress(baseId: $baseId) {\n      ...SyncStatusFields\n    }\n  }\n': typeof types.SyncProgressDocument;
  '\n  fragment FieldMetaFields on Field {\n    id\n    name\n    type\n    description\n    options\n  }\n': typeof types.FieldMetaFieldsFragmentDoc;
  '\n  fragment TableMetaFields on Table {\n    id\n    name\n    description\n    recordCount\n    primaryField {\n      id\n      name\n    }\n    fields {\n      ...FieldMetaFields\n    }\n    views {\n      id\n      name\n      type\n    }\n  }\n': typeof types.TableMetaFieldsFragmentDoc;
  '\n  query BaseSchema($id: ID!) {\n    base(id: $id) {\n      id\n      name\n      tables {\n        ...TableMetaFields\n      }\n    }\n  }\n': typeof types.BaseSchemaDocument;
  '\n  subscription TableSchemaChanged($baseId: ID!) {\n    tableSchemaChanged(baseId: $baseId) {\n      tableId\n    }\n  }\n': typeof types.TableSchemaChangedDocument;
  '\n  fragment UsageFields on Usage {\n    promptTokens\n    completionTokens\n    totalTokens\n    costUsd\n    modelCalls\n  }\n': typeof types.UsageFieldsFragmentDoc;
  '\n  fragment ToolCallFields on ToolCall {\n    id\n    name\n    arguments\n    status\n    summary\n    recordCount\n    error\n  }\n': typeof types.ToolCallFieldsFragmentDoc;
  '\n  fragment MessageFields on Message {\n    id\n    role\n    content\n    status\n    error\n    model\n    warnings\n    createdAt\n    toolCalls {\n      ...ToolCallFields\n    }\n    usage {\n      ...UsageFields\n    }\n  }\n': typeof types.MessageFieldsFragmentDoc;
  '\n  fragment ConversationSummaryFields on Conversation {\n    id\n    title\n    updatedAt\n    answering\n    usage {\n      ...UsageFields\n    }\n  }\n': typeof types.ConversationSummaryFieldsFragmentDoc;
  '\n  query AssistantStatus {\n    assistantStatus {\n      configured\n      model\n      message\n    }\n  }\n': typeof types.AssistantStatusDocument;
  '\n  query Conversations($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, first: 30) {\n      ...ConversationSummaryFields\n      messages(last: 1) {\n        id\n      }\n    }\n  }\n': typeof types.ConversationsDocument;
  '\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      messages(last: 100) {\n        ...MessageFields\n      }\n    }\n  }\n': typeof types.ConversationDocument;
  '\n  mutation StartConversation($workspaceId: ID!) {\n    startConversation(input: { workspaceId: $workspaceId }) {\n      ...ConversationSummaryFields\n    }\n  }\n': typeof types.StartConversationDocument;
  '\n  mutation SendMessage($conversationId: ID!, $workspaceId: ID!, $content: String!) {\n    sendMessage(\n      input: { conversationId: $conversationId, workspaceId: $workspaceId, content: $content }\n    ) {\n      conversation {\n        ...ConversationSummaryFields\n      }\n      userMessage {\n        ...MessageFields\n      }\n      assistantMessage {\n        ...MessageFields\n      }\n    }\n  }\n': typeof types.SendMessageDocument;
  '\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      status\n    }\n  }\n': typeof types.StopAnswerDocument;
  '\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n': typeof types.DeleteConversationDocument;
  '\n  subscription ConversationUpdated($conversationId: ID!) {\n    conversationUpdated(conversationId: $conversationId) {\n      conversationId\n      kind\n      messageId\n      sequence\n      delta\n      warning\n      error\n      toolCall {\n        id\n        name\n        status\n        arguments\n        summary\n        recordCount\n        error\n      }\n      usage {\n        ...UsageFields\n      }\n    }\n  }\n': typeof types.ConversationUpdatedDocument;
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    path\n    operation\n    outcome\n    errorCode\n    actor {\n      id\n      kind\n    }\n    target\n    requestId\n    ip\n    userAgent\n  }\n': typeof types.AuditEntryFieldsFragmentDoc;
  '\n  query AuditLog($workspaceId: ID!, $filter: AuditLogFilter, $after: String) {\n    auditLog(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query VerifyAuditLog($workspaceId: ID!) {\n    verifyAuditLog(workspaceId: $workspaceId) {\n      ok\n      checkedEntries\n      firstBrokenEntryId\n      reason\n    }\n  }\n': typeof types.VerifyAuditLogDocument;
  '\n  query FeatureFlags($workspaceId: ID!) {\n    featureFlags(workspaceId: $workspaceId) {\n      key\n      enabled\n    }\n  }\n': typeof types.FeatureFlagsDocument;
  '\n  query FilesPage($workspaceId: ID!) {\n    files(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          filename\n          size\n          contentType\n          status\n          rejectedReason\n          downloadUrl\n          thumbnailUrl\n          createdAt\n        }\n      }\n    }\n    fileStorage(workspaceId: $workspaceId) {\n      usedBytes\n      quotaBytes\n      maxFileBytes\n    }\n  }\n': typeof types.FilesPageDocument;
  '\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      file {\n        id\n      }\n    }\n  }\n': typeof types.CreateUploadDocument;
  '\n  mutation DeleteFile($id: ID!) {\n    deleteFile(id: $id)\n  }\n': typeof types.DeleteFileDocument;
  '\n  query FileStatus($id: ID!) {\n    file(id: $id) {\n      id\n      status\n      rejectedReason\n    }\n  }\n': typeof types.FileStatusDocument;
  '\n  query ImportPreview($fileId: ID!) {\n    importPreview(fileId: $fileId) {\n      headerLine\n      columns {\n        index\n        name\n        inferredType\n      }\n      rows\n    }\n  }\n': typeof types.ImportPreviewDocument;
  '\n  query TableFieldNames($baseId: ID!, $tableId: String!) {\n    base(id: $baseId) {\n      id\n      table(idOrName: $tableId) {\n        id\n        fields {\n          name\n        }\n      }\n    }\n  }\n': typeof types.TableFieldNamesDocument;
  '\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      id\n    }\n  }\n': typeof types.StartImportDocument;
  '\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    totalRows\n    rowsDone\n    rowsWritten\n    rowsRejected\n    etaSeconds\n    error\n  }\n': typeof types.ImportJobFieldsFragmentDoc;
  '\n  query ImportJobReport($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      rejections(first: 100) {\n        line\n        column\n        reason\n      }\n    }\n  }\n': typeof types.ImportJobReportDocument;
  '\n  subscription ImportProgress($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n': typeof types.ImportProgressDocument;
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    url\n    createdAt\n    readAt\n  }\n': typeof types.NotificationFieldsFragmentDoc;
  '\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      url\n      createdAt\n      readAt\n    }\n  }\n': typeof types.NotificationAddedDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n': typeof types.NotificationPreferencesDocument;
  '\n  mutation UpdateNotificationPreference($input: UpdateNotificationPreferenceInput!) {\n    updateNotificationPreference(input: $input) {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n': typeof types.UpdateNotificationPreferenceDocument;
  '\n  mutation UnsubscribeNotifications($token: String!) {\n    unsubscribeNotifications(token: $token) {\n      email\n      kind\n    }\n  }\n': typeof types.UnsubscribeNotificationsDocument;
  '\n  fragment RecordFields on Record {\n    id\n    createdTime\n    fields\n  }\n': typeof types.RecordFieldsFragmentDoc;
  '\n  query Records(\n    $baseId: ID!\n    $tableId: ID!\n    $filterByFormula: String\n    $sort: [SortInput!]\n    $view: String\n    $fields: [String!]\n    $first: Int!\n    $after: String\n  ) {\n    records(\n      baseId: $baseId\n      tableId: $tableId\n      filterByFormula: $filterByFormula\n      sort: $sort\n      view: $view\n      fields: $fields\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RecordFields\n        }\n      }\n    }\n  }\n': typeof types.RecordsDocument;
  '\n  query SearchRecords($baseId: ID!, $tableId: ID!, $query: String!, $first: Int!) {\n    searchRecords(baseId: $baseId, tableId: $tableId, query: $query, first: $first) {\n      ...RecordFields\n    }\n  }\n': typeof types.SearchRecordsDocument;
  '\n  query Record($baseId: ID!, $tableId: ID!, $id: ID!) {\n    record(baseId: $baseId, tableId: $tableId, id: $id) {\n      ...RecordFields\n    }\n  }\n': typeof types.RecordDocument;
  '\n  fragment WriteResultFields on WriteResult {\n    batchId\n    status\n    error\n    deletedIds\n    records {\n      ...RecordFields\n    }\n  }\n': typeof types.WriteResultFieldsFragmentDoc;
  '\n  mutation CreateRecords($baseId: ID!, $tableId: ID!, $records: [RecordInput!]!) {\n    createRecords(baseId: $baseId, tableId: $tableId, records: $records, typecast: true) {\n      ...WriteResultFields\n    }\n  }\n': typeof types.CreateRecordsDocument;
  '\n  mutation UpdateRecords(\n    $baseId: ID!\n    $tableId: ID!\n    $records: [RecordUpdateInput!]!\n    $idempotencyKey: String\n  ) {\n    updateRecords(\n      baseId: $baseId\n      tableId: $tableId\n      records: $records\n      typecast: true\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...WriteResultFields\n    }\n  }\n': typeof types.UpdateRecordsDocument;
  '\n  query WriteBatch($id: ID!) {\n    writeBatch(id: $id) {\n      ...WriteResultFields\n    }\n  }\n': typeof types.WriteBatchDocument;
  '\n  mutation DeleteRecords($baseId: ID!, $tableId: ID!, $ids: [ID!]!) {\n    deleteRecords(baseId: $baseId, tableId: $tableId, ids: $ids) {\n      ...WriteResultFields\n    }\n  }\n': typeof types.DeleteRecordsDocument;
  '\n  subscription RecordChanged($baseId: ID!, $tableId: ID!) {\n    recordChanged(baseId: $baseId, tableId: $tableId) {\n      kind\n      changedFields\n      recordId\n      record {\n        ...RecordFields\n      }\n    }\n  }\n': typeof types.RecordChangedDocument;
  '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    rateLimitPerSecond\n    batchSize\n    failingSince\n    lastSuccessAt\n    pendingCount\n    deadCount\n    createdAt\n    filter {\n      baseId\n      tableId\n      changedFields\n      formula\n    }\n    secrets {\n      id\n      hint\n      createdAt\n      expiresAt\n    }\n  }\n': typeof types.WebhookEndpointFieldsFragmentDoc;
  '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    createdAt\n    completedAt\n    payload\n    attemptLog {\n      attemptedAt\n      statusCode\n      latencyMs\n      responseBody\n      error\n    }\n  }\n': typeof types.WebhookDeliveryFieldsFragmentDoc;
  '\n  query WebhooksPage($workspaceId: ID!) {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(workspaceId: $workspaceId) {\n      ...WebhookEndpointFields\n    }\n  }\n': typeof types.WebhooksPageDocument;
  '\n  query WebhookDeliveries($endpointId: ID!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after, status: $status) {\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n': typeof types.CreateWebhookEndpointDocument;
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n': typeof types.UpdateWebhookEndpointDocument;
  '\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n': typeof types.DeleteWebhookEndpointDocument;
  '\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Int) {\n    rotateWebhookSecret(input: { id: $id, overlapHours: $overlapHours }) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n': typeof types.RotateWebhookSecretDocument;
  '\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n': typeof types.TestWebhookEndpointDocument;
  '\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n': typeof types.ReplayWebhookDeliveryDocument;
  '\n  mutation ReplayDeadWebhookDeliveries($endpointId: ID!, $since: DateTime!) {\n    replayDeadWebhookDeliveries(input: { endpointId: $endpointId, since: $since })\n  }\n': typeof types.ReplayDeadWebhookDeliveriesDocument;
  '\n  fragment WorkflowSummaryFields on Workflow {\n    id\n    name\n    description\n    enabled\n    paused\n    trigger\n    runsThisMonth\n    runQuota\n    updatedAt\n    lastRun {\n      id\n      status\n      createdAt\n      error\n    }\n  }\n': typeof types.WorkflowSummaryFieldsFragmentDoc;
  '\n  fragment WorkflowFields on Workflow {\n    ...WorkflowSummaryFields\n    workspaceId\n    whilePaused\n    concurrency\n    version\n    steps\n    ownerId\n    webhookUrl\n    nextRunTimes\n  }\n': typeof types.WorkflowFieldsFragmentDoc;
  '\n  fragment WorkflowRunFields on WorkflowRun {\n    id\n    workflowId\n    version\n    status\n    dryRun\n    triggerType\n    trigger\n    error\n    failedStep\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    steps {\n      key\n      stepId\n      type\n      status\n      input\n      output\n      logs\n      attempts\n      error\n      startedAt\n      finishedAt\n      durationMs\n    }\n  }\n': typeof types.WorkflowRunFieldsFragmentDoc;
  '\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      ...WorkflowSummaryFields\n    }\n  }\n': typeof types.WorkflowsDocument;
  '\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowFields\n    }\n  }\n': typeof types.WorkflowDocument;
  '\n  query WorkflowRuns($workflowId: ID!, $status: WorkflowRunStatus, $after: String) {\n    workflowRuns(workflowId: $workflowId, status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WorkflowRunFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WorkflowRunsDocument;
  '\n  query WorkflowScheduleTimes($cron: String!, $timeZone: String) {\n    workflowScheduleTimes(cron: $cron, timeZone: $timeZone, count: 5)\n  }\n': typeof types.WorkflowScheduleTimesDocument;
  '\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n': typeof types.CreateWorkflowDocument;
  '\n  mutation UpdateWorkflow($input: UpdateWorkflowInput!) {\n    updateWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n': typeof types.UpdateWorkflowDocument;
  '\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id)\n  }\n': typeof types.DeleteWorkflowDocument;
  '\n  mutation SetWorkflowEnabled($id: ID!, $enabled: Boolean!) {\n    setWorkflowEnabled(id: $id, enabled: $enabled) {\n      ...WorkflowSummaryFields\n    }\n  }\n': typeof types.SetWorkflowEnabledDocument;
  '\n  mutation PauseWorkflow($id: ID!) {\n    pauseWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n': typeof types.PauseWorkflowDocument;
  '\n  mutation ResumeWorkflow($id: ID!) {\n    resumeWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n': typeof types.ResumeWorkflowDocument;
  '\n  mutation RunWorkflow($input: RunWorkflowInput!) {\n    runWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n': typeof types.RunWorkflowDocument;
  '\n  mutation TestWorkflow($input: TestWorkflowInput!) {\n    testWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n': typeof types.TestWorkflowDocument;
  '\n  mutation CancelWorkflowRun($id: ID!) {\n    cancelWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n': typeof types.CancelWorkflowRunDocument;
  '\n  mutation RetryWorkflowRun($id: ID!) {\n    retryWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n': typeof types.RetryWorkflowRunDocument;
  '\n  mutation RotateWorkflowWebhookUrl($id: ID!) {\n    rotateWorkflowWebhookUrl(id: $id) {\n      id\n      webhookUrl\n    }\n  }\n': typeof types.RotateWorkflowWebhookUrlDocument;
  "\n  # The fields of WorkflowRunFields, written out: the gateway resolves a subscription's\n  # top-level fields and drops a fragment spread there.\n  subscription WorkflowRunUpdated($workflowId: ID!) {\n    workflowRunUpdated(workflowId: $workflowId) {\n      id\n      workflowId\n      version\n      status\n      dryRun\n      triggerType\n      trigger\n      error\n      failedStep\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      steps {\n        key\n        stepId\n        type\n        status\n        input\n        output\n        logs\n        attempts\n        error\n        startedAt\n        finishedAt\n        durationMs\n      }\n    }\n  }\n": typeof types.WorkflowRunUpdatedDocument;
  '\n  fragment WorkspaceSummaryFields on Workspace {\n    id\n    name\n    role\n  }\n': typeof types.WorkspaceSummaryFieldsFragmentDoc;
  '\n  query MyWorkspaces {\n    me {\n      id\n      email\n      name\n      workspaces {\n        ...WorkspaceSummaryFields\n      }\n    }\n  }\n': typeof types.MyWorkspacesDocument;
  '\n  query WorkspaceBases($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      bases {\n        id\n        name\n        sync {\n          state\n          lastSyncedAt\n        }\n        tables {\n          id\n          name\n          recordCount\n        }\n      }\n    }\n  }\n': typeof types.WorkspaceBasesDocument;
  '\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      ...WorkspaceSummaryFields\n    }\n  }\n': typeof types.CreateWorkspaceDocument;
  '\n  fragment MemberFields on Member {\n    role\n    joinedAt\n    user {\n      id\n      email\n      name\n    }\n  }\n': typeof types.MemberFieldsFragmentDoc;
  '\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n': typeof types.InvitationFieldsFragmentDoc;
  '\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      members {\n        ...MemberFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n': typeof types.WorkspaceMembersDocument;
  '\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: WorkspaceRole!) {\n    inviteMember(input: { workspaceId: $workspaceId, email: $email, role: $role }) {\n      token\n      emailSent\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation ChangeMemberRole($workspaceId: ID!, $userId: ID!, $role: WorkspaceRole!) {\n    changeMemberRole(input: { workspaceId: $workspaceId, userId: $userId, role: $role }) {\n      ...MemberFields\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(input: { workspaceId: $workspaceId, userId: $userId })\n  }\n': typeof types.RemoveMemberDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      workspaceName\n      email\n      role\n      expiresAt\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...WorkspaceSummaryFields\n    }\n  }\n': typeof types.AcceptInvitationDocument;
};
const documents: Documents = {
  '\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n':
    types.ApiKeyFieldsFragmentDoc,
  '\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n': types.ApiKeysDocument,
  '\n  mutation CreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword })\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n':
    types.VerifyEmailDocument,
  '\n  fragment SyncStatusFields on SyncStatus {\n    state\n    recordsDone\n    recordsTotal\n    tablesDone\n    tablesTotal\n    lastSyncedAt\n    error\n  }\n':
    types.SyncStatusFieldsFragmentDoc,
  '\n  fragment AvailableBaseFields on AvailableBase {\n    id\n    name\n    permissionLevel\n    synced\n  }\n':
    types.AvailableBaseFieldsFragmentDoc,
  '\n  query AirtableConnections($id: ID!) {\n    workspace(id: $id) {\n      id\n      role\n      airtableConnections {\n        id\n        name\n        tokenHint\n        createdAt\n        bases {\n          id\n          name\n          sync {\n            ...SyncStatusFields\n          }\n        }\n      }\n    }\n  }\n':
    types.AirtableConnectionsDocument,
  '\n  query AvailableBases($id: ID!) {\n    workspace(id: $id) {\n      id\n      airtableConnections {\n        id\n        availableBases {\n          ...AvailableBaseFields\n        }\n      }\n    }\n  }\n':
    types.AvailableBasesDocument,
  '\n  mutation ConnectAirtable($workspaceId: ID!, $name: String!, $token: String!) {\n    connectAirtable(input: { workspaceId: $workspaceId, name: $name, token: $token }) {\n      id\n      name\n      tokenHint\n      createdAt\n      bases {\n        id\n        name\n        sync {\n          ...SyncStatusFields\n        }\n      }\n      availableBases {\n        ...AvailableBaseFields\n      }\n    }\n  }\n':
    types.ConnectAirtableDocument,
  '\n  mutation SyncBase($connectionId: ID!, $baseId: ID!) {\n    syncBase(input: { connectionId: $connectionId, baseId: $baseId }) {\n      id\n      name\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n':
    types.SyncBaseDocument,
  '\n  mutation ResyncBase($id: ID!) {\n    resyncBase(id: $id) {\n      id\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n':
    types.ResyncBaseDocument,
  '\n  mutation RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n':
    types.RemoveConnectionDocument,
  '\n  subscription SyncProgress($baseId: ID!) {\n    syncProgress(baseId: $baseId) {\n      ...SyncStatusFields\n    }\n  }\n':
    types.SyncProgressDocument,
  '\n  fragment FieldMetaFields on Field {\n    id\n    name\n    type\n    description\n    options\n  }\n':
    types.FieldMetaFieldsFragmentDoc,
  '\n  fragment TableMetaFields on Table {\n    id\n    name\n    description\n    recordCount\n    primaryField {\n      id\n      name\n    }\n    fields {\n      ...FieldMetaFields\n    }\n    views {\n      id\n      name\n      type\n    }\n  }\n':
    types.TableMetaFieldsFragmentDoc,
  '\n  query BaseSchema($id: ID!) {\n    base(id: $id) {\n      id\n      name\n      tables {\n        ...TableMetaFields\n      }\n    }\n  }\n':
    types.BaseSchemaDocument,
  '\n  subscription TableSchemaChanged($baseId: ID!) {\n    tableSchemaChanged(baseId: $baseId) {\n      tableId\n    }\n  }\n':
    types.TableSchemaChangedDocument,
  '\n  fragment UsageFields on Usage {\n    promptTokens\n    completionTokens\n    totalTokens\n    costUsd\n    modelCalls\n  }\n':
    types.UsageFieldsFragmentDoc,
  '\n  fragment ToolCallFields on ToolCall {\n    id\n    name\n    arguments\n    status\n    summary\n    recordCount\n    error\n  }\n':
    types.ToolCallFieldsFragmentDoc,
  '\n  fragment MessageFields on Message {\n    id\n    role\n    content\n    status\n    error\n    model\n    warnings\n    createdAt\n    toolCalls {\n      ...ToolCallFields\n    }\n    usage {\n      ...UsageFields\n    }\n  }\n':
    types.MessageFieldsFragmentDoc,
  '\n  fragment ConversationSummaryFields on Conversation {\n    id\n    title\n    updatedAt\n    answering\n    usage {\n      ...UsageFields\n    }\n  }\n':
    types.ConversationSummaryFieldsFragmentDoc,
  '\n  query AssistantStatus {\n    assistantStatus {\n      configured\n      model\n      message\n    }\n  }\n':
    types.AssistantStatusDocument,
  '\n  query Conversations($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, first: 30) {\n      ...ConversationSummaryFields\n      messages(last: 1) {\n        id\n      }\n    }\n  }\n':
    types.ConversationsDocument,
  '\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      messages(last: 100) {\n        ...MessageFields\n      }\n    }\n  }\n':
    types.ConversationDocument,
  '\n  mutation StartConversation($workspaceId: ID!) {\n    startConversation(input: { workspaceId: $workspaceId }) {\n      ...ConversationSummaryFields\n    }\n  }\n':
    types.StartConversationDocument,
  '\n  mutation SendMessage($conversationId: ID!, $workspaceId: ID!, $content: String!) {\n    sendMessage(\n      input: { conversationId: $conversationId, workspaceId: $workspaceId, content: $content }\n    ) {\n      conversation {\n        ...ConversationSummaryFields\n      }\n      userMessage {\n        ...MessageFields\n      }\n      assistantMessage {\n        ...MessageFields\n      }\n    }\n  }\n':
    types.SendMessageDocument,
  '\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      status\n    }\n  }\n':
    types.StopAnswerDocument,
  '\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n':
    types.DeleteConversationDocument,
  '\n  subscription ConversationUpdated($conversationId: ID!) {\n    conversationUpdated(conversationId: $conversationId) {\n      conversationId\n      kind\n      messageId\n      sequence\n      delta\n      warning\n      error\n      toolCall {\n        id\n        name\n        status\n        arguments\n        summary\n        recordCount\n        error\n      }\n      usage {\n        ...UsageFields\n      }\n    }\n  }\n':
    types.ConversationUpdatedDocument,
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    path\n    operation\n    outcome\n    errorCode\n    actor {\n      id\n      kind\n    }\n    target\n    requestId\n    ip\n    userAgent\n  }\n':
    types.AuditEntryFieldsFragmentDoc,
  '\n  query AuditLog($workspaceId: ID!, $filter: AuditLogFilter, $after: String) {\n    auditLog(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query VerifyAuditLog($workspaceId: ID!) {\n    verifyAuditLog(workspaceId: $workspaceId) {\n      ok\n      checkedEntries\n      firstBrokenEntryId\n      reason\n    }\n  }\n':
    types.VerifyAuditLogDocument,
  '\n  query FeatureFlags($workspaceId: ID!) {\n    featureFlags(workspaceId: $workspaceId) {\n      key\n      enabled\n    }\n  }\n':
    types.FeatureFlagsDocument,
  '\n  query FilesPage($workspaceId: ID!) {\n    files(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          filename\n          size\n          contentType\n          status\n          rejectedReason\n          downloadUrl\n          thumbnailUrl\n          createdAt\n        }\n      }\n    }\n    fileStorage(workspaceId: $workspaceId) {\n      usedBytes\n      quotaBytes\n      maxFileBytes\n    }\n  }\n':
    types.FilesPageDocument,
  '\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      file {\n        id\n      }\n    }\n  }\n':
    types.CreateUploadDocument,
  '\n  mutation DeleteFile($id: ID!) {\n    deleteFile(id: $id)\n  }\n': types.DeleteFileDocument,
  '\n  query FileStatus($id: ID!) {\n    file(id: $id) {\n      id\n      status\n      rejectedReason\n    }\n  }\n':
    types.FileStatusDocument,
  '\n  query ImportPreview($fileId: ID!) {\n    importPreview(fileId: $fileId) {\n      headerLine\n      columns {\n        index\n        name\n        inferredType\n      }\n      rows\n    }\n  }\n':
    types.ImportPreviewDocument,
  '\n  query TableFieldNames($baseId: ID!, $tableId: String!) {\n    base(id: $baseId) {\n      id\n      table(idOrName: $tableId) {\n        id\n        fields {\n          name\n        }\n      }\n    }\n  }\n':
    types.TableFieldNamesDocument,
  '\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      id\n    }\n  }\n':
    types.StartImportDocument,
  '\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    totalRows\n    rowsDone\n    rowsWritten\n    rowsRejected\n    etaSeconds\n    error\n  }\n':
    types.ImportJobFieldsFragmentDoc,
  '\n  query ImportJobReport($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      rejections(first: 100) {\n        line\n        column\n        reason\n      }\n    }\n  }\n':
    types.ImportJobReportDocument,
  '\n  subscription ImportProgress($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n':
    types.ImportProgressDocument,
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    url\n    createdAt\n    readAt\n  }\n':
    types.NotificationFieldsFragmentDoc,
  '\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      url\n      createdAt\n      readAt\n    }\n  }\n':
    types.NotificationAddedDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n':
    types.NotificationPreferencesDocument,
  '\n  mutation UpdateNotificationPreference($input: UpdateNotificationPreferenceInput!) {\n    updateNotificationPreference(input: $input) {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n':
    types.UpdateNotificationPreferenceDocument,
  '\n  mutation UnsubscribeNotifications($token: String!) {\n    unsubscribeNotifications(token: $token) {\n      email\n      kind\n    }\n  }\n':
    types.UnsubscribeNotificationsDocument,
  '\n  fragment RecordFields on Record {\n    id\n    createdTime\n    fields\n  }\n':
    types.RecordFieldsFragmentDoc,
  '\n  query Records(\n    $baseId: ID!\n    $tableId: ID!\n    $filterByFormula: String\n    $sort: [SortInput!]\n    $view: String\n    $fields: [String!]\n    $first: Int!\n    $after: String\n  ) {\n    records(\n      baseId: $baseId\n      tableId: $tableId\n      filterByFormula: $filterByFormula\n      sort: $sort\n      view: $view\n      fields: $fields\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RecordFields\n        }\n      }\n    }\n  }\n':
    types.RecordsDocument,
  '\n  query SearchRecords($baseId: ID!, $tableId: ID!, $query: String!, $first: Int!) {\n    searchRecords(baseId: $baseId, tableId: $tableId, query: $query, first: $first) {\n      ...RecordFields\n    }\n  }\n':
    types.SearchRecordsDocument,
  '\n  query Record($baseId: ID!, $tableId: ID!, $id: ID!) {\n    record(baseId: $baseId, tableId: $tableId, id: $id) {\n      ...RecordFields\n    }\n  }\n':
    types.RecordDocument,
  '\n  fragment WriteResultFields on WriteResult {\n    batchId\n    status\n    error\n    deletedIds\n    records {\n      ...RecordFields\n    }\n  }\n':
    types.WriteResultFieldsFragmentDoc,
  '\n  mutation CreateRecords($baseId: ID!, $tableId: ID!, $records: [RecordInput!]!) {\n    createRecords(baseId: $baseId, tableId: $tableId, records: $records, typecast: true) {\n      ...WriteResultFields\n    }\n  }\n':
    types.CreateRecordsDocument,
  '\n  mutation UpdateRecords(\n    $baseId: ID!\n    $tableId: ID!\n    $records: [RecordUpdateInput!]!\n    $idempotencyKey: String\n  ) {\n    updateRecords(\n      baseId: $baseId\n      tableId: $tableId\n      records: $records\n      typecast: true\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...WriteResultFields\n    }\n  }\n':
    types.UpdateRecordsDocument,
  '\n  query WriteBatch($id: ID!) {\n    writeBatch(id: $id) {\n      ...WriteResultFields\n    }\n  }\n':
    types.WriteBatchDocument,
  '\n  mutation DeleteRecords($baseId: ID!, $tableId: ID!, $ids: [ID!]!) {\n    deleteRecords(baseId: $baseId, tableId: $tableId, ids: $ids) {\n      ...WriteResultFields\n    }\n  }\n':
    types.DeleteRecordsDocument,
  '\n  subscription RecordChanged($baseId: ID!, $tableId: ID!) {\n    recordChanged(baseId: $baseId, tableId: $tableId) {\n      kind\n      changedFields\n      recordId\n      record {\n        ...RecordFields\n      }\n    }\n  }\n':
    types.RecordChangedDocument,
  '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    rateLimitPerSecond\n    batchSize\n    failingSince\n    lastSuccessAt\n    pendingCount\n    deadCount\n    createdAt\n    filter {\n      baseId\n      tableId\n      changedFields\n      formula\n    }\n    secrets {\n      id\n      hint\n      createdAt\n      expiresAt\n    }\n  }\n':
    types.WebhookEndpointFieldsFragmentDoc,
  '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    createdAt\n    completedAt\n    payload\n    attemptLog {\n      attemptedAt\n      statusCode\n      latencyMs\n      responseBody\n      error\n    }\n  }\n':
    types.WebhookDeliveryFieldsFragmentDoc,
  '\n  query WebhooksPage($workspaceId: ID!) {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(workspaceId: $workspaceId) {\n      ...WebhookEndpointFields\n    }\n  }\n':
    types.WebhooksPageDocument,
  '\n  query WebhookDeliveries($endpointId: ID!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after, status: $status) {\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n':
    types.CreateWebhookEndpointDocument,
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n':
    types.UpdateWebhookEndpointDocument,
  '\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n':
    types.DeleteWebhookEndpointDocument,
  '\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Int) {\n    rotateWebhookSecret(input: { id: $id, overlapHours: $overlapHours }) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n':
    types.RotateWebhookSecretDocument,
  '\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n':
    types.TestWebhookEndpointDocument,
  '\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n':
    types.ReplayWebhookDeliveryDocument,
  '\n  mutation ReplayDeadWebhookDeliveries($endpointId: ID!, $since: DateTime!) {\n    replayDeadWebhookDeliveries(input: { endpointId: $endpointId, since: $since })\n  }\n':
    types.ReplayDeadWebhookDeliveriesDocument,
  '\n  fragment WorkflowSummaryFields on Workflow {\n    id\n    name\n    description\n    enabled\n    paused\n    trigger\n    runsThisMonth\n    runQuota\n    updatedAt\n    lastRun {\n      id\n      status\n      createdAt\n      error\n    }\n  }\n':
    types.WorkflowSummaryFieldsFragmentDoc,
  '\n  fragment WorkflowFields on Workflow {\n    ...WorkflowSummaryFields\n    workspaceId\n    whilePaused\n    concurrency\n    version\n    steps\n    ownerId\n    webhookUrl\n    nextRunTimes\n  }\n':
    types.WorkflowFieldsFragmentDoc,
  '\n  fragment WorkflowRunFields on WorkflowRun {\n    id\n    workflowId\n    version\n    status\n    dryRun\n    triggerType\n    trigger\n    error\n    failedStep\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    steps {\n      key\n      stepId\n      type\n      status\n      input\n      output\n      logs\n      attempts\n      error\n      startedAt\n      finishedAt\n      durationMs\n    }\n  }\n':
    types.WorkflowRunFieldsFragmentDoc,
  '\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      ...WorkflowSummaryFields\n    }\n  }\n':
    types.WorkflowsDocument,
  '\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowFields\n    }\n  }\n':
    types.WorkflowDocument,
  '\n  query WorkflowRuns($workflowId: ID!, $status: WorkflowRunStatus, $after: String) {\n    workflowRuns(workflowId: $workflowId, status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WorkflowRunFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WorkflowRunsDocument,
  '\n  query WorkflowScheduleTimes($cron: String!, $timeZone: String) {\n    workflowScheduleTimes(cron: $cron, timeZone: $timeZone, count: 5)\n  }\n':
    types.WorkflowScheduleTimesDocument,
  '\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n':
    types.CreateWorkflowDocument,
  '\n  mutation UpdateWorkflow($input: UpdateWorkflowInput!) {\n    updateWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n':
    types.UpdateWorkflowDocument,
  '\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id)\n  }\n':
    types.DeleteWorkflowDocument,
  '\n  mutation SetWorkflowEnabled($id: ID!, $enabled: Boolean!) {\n    setWorkflowEnabled(id: $id, enabled: $enabled) {\n      ...WorkflowSummaryFields\n    }\n  }\n':
    types.SetWorkflowEnabledDocument,
  '\n  mutation PauseWorkflow($id: ID!) {\n    pauseWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n':
    types.PauseWorkflowDocument,
  '\n  mutation ResumeWorkflow($id: ID!) {\n    resumeWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n':
    types.ResumeWorkflowDocument,
  '\n  mutation RunWorkflow($input: RunWorkflowInput!) {\n    runWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n':
    types.RunWorkflowDocument,
  '\n  mutation TestWorkflow($input: TestWorkflowInput!) {\n    testWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n':
    types.TestWorkflowDocument,
  '\n  mutation CancelWorkflowRun($id: ID!) {\n    cancelWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n':
    types.CancelWorkflowRunDocument,
  '\n  mutation RetryWorkflowRun($id: ID!) {\n    retryWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n':
    types.RetryWorkflowRunDocument,
  '\n  mutation RotateWorkflowWebhookUrl($id: ID!) {\n    rotateWorkflowWebhookUrl(id: $id) {\n      id\n      webhookUrl\n    }\n  }\n':
    types.RotateWorkflowWebhookUrlDocument,
  "\n  # The fields of WorkflowRunFields, written out: the gateway resolves a subscription's\n  # top-level fields and drops a fragment spread there.\n  subscription WorkflowRunUpdated($workflowId: ID!) {\n    workflowRunUpdated(workflowId: $workflowId) {\n      id\n      workflowId\n      version\n      status\n      dryRun\n      triggerType\n      trigger\n      error\n      failedStep\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      steps {\n        key\n        stepId\n        type\n        status\n        input\n        output\n        logs\n        attempts\n        error\n        startedAt\n        finishedAt\n        durationMs\n      }\n    }\n  }\n":
    types.WorkflowRunUpdatedDocument,
  '\n  fragment WorkspaceSummaryFields on Workspace {\n    id\n    name\n    role\n  }\n':
    types.WorkspaceSummaryFieldsFragmentDoc,
  '\n  query MyWorkspaces {\n    me {\n      id\n      email\n      name\n      workspaces {\n        ...WorkspaceSummaryFields\n      }\n    }\n  }\n':
    types.MyWorkspacesDocument,
  '\n  query WorkspaceBases($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      bases {\n        id\n        name\n        sync {\n          state\n          lastSyncedAt\n        }\n        tables {\n          id\n          name\n          recordCount\n        }\n      }\n    }\n  }\n':
    types.WorkspaceBasesDocument,
  '\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      ...WorkspaceSummaryFields\n    }\n  }\n':
    types.CreateWorkspaceDocument,
  '\n  fragment MemberFields on Member {\n    role\n    joinedAt\n    user {\n      id\n      email\n      name\n    }\n  }\n':
    types.MemberFieldsFragmentDoc,
  '\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n':
    types.InvitationFieldsFragmentDoc,
  '\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      members {\n        ...MemberFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n':
    types.WorkspaceMembersDocument,
  '\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: WorkspaceRole!) {\n    inviteMember(input: { workspaceId: $workspaceId, email: $email, role: $role }) {\n      token\n      emailSent\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation ChangeMemberRole($workspaceId: ID!, $userId: ID!, $role: WorkspaceRole!) {\n    changeMemberRole(input: { workspaceId: $workspaceId, userId: $userId, role: $role }) {\n      ...MemberFields\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(input: { workspaceId: $workspaceId, userId: $userId })\n  }\n':
    types.RemoveMemberDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      workspaceName\n      email\n      role\n      expiresAt\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...WorkspaceSummaryFields\n    }\n  }\n':
    types.AcceptInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n',
): (typeof documents)['\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($name: String!) {\n    createApiKey(input: { name: $name }) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword })\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword })\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword })\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SyncStatusFields on SyncStatus {\n    state\n    recordsDone\n    recordsTotal\n    tablesDone\n    tablesTotal\n    lastSyncedAt\n    error\n  }\n',
): (typeof documents)['\n  fragment SyncStatusFields on SyncStatus {\n    state\n    recordsDone\n    recordsTotal\n    tablesDone\n    tablesTotal\n    lastSyncedAt\n    error\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AvailableBaseFields on AvailableBase {\n    id\n    name\n    permissionLevel\n    synced\n  }\n',
): (typeof documents)['\n  fragment AvailableBaseFields on AvailableBase {\n    id\n    name\n    permissionLevel\n    synced\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AirtableConnections($id: ID!) {\n    workspace(id: $id) {\n      id\n      role\n      airtableConnections {\n        id\n        name\n        tokenHint\n        createdAt\n        bases {\n          id\n          name\n          sync {\n            ...SyncStatusFields\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AirtableConnections($id: ID!) {\n    workspace(id: $id) {\n      id\n      role\n      airtableConnections {\n        id\n        name\n        tokenHint\n        createdAt\n        bases {\n          id\n          name\n          sync {\n            ...SyncStatusFields\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AvailableBases($id: ID!) {\n    workspace(id: $id) {\n      id\n      airtableConnections {\n        id\n        availableBases {\n          ...AvailableBaseFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AvailableBases($id: ID!) {\n    workspace(id: $id) {\n      id\n      airtableConnections {\n        id\n        availableBases {\n          ...AvailableBaseFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConnectAirtable($workspaceId: ID!, $name: String!, $token: String!) {\n    connectAirtable(input: { workspaceId: $workspaceId, name: $name, token: $token }) {\n      id\n      name\n      tokenHint\n      createdAt\n      bases {\n        id\n        name\n        sync {\n          ...SyncStatusFields\n        }\n      }\n      availableBases {\n        ...AvailableBaseFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConnectAirtable($workspaceId: ID!, $name: String!, $token: String!) {\n    connectAirtable(input: { workspaceId: $workspaceId, name: $name, token: $token }) {\n      id\n      name\n      tokenHint\n      createdAt\n      bases {\n        id\n        name\n        sync {\n          ...SyncStatusFields\n        }\n      }\n      availableBases {\n        ...AvailableBaseFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SyncBase($connectionId: ID!, $baseId: ID!) {\n    syncBase(input: { connectionId: $connectionId, baseId: $baseId }) {\n      id\n      name\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SyncBase($connectionId: ID!, $baseId: ID!) {\n    syncBase(input: { connectionId: $connectionId, baseId: $baseId }) {\n      id\n      name\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResyncBase($id: ID!) {\n    resyncBase(id: $id) {\n      id\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResyncBase($id: ID!) {\n    resyncBase(id: $id) {\n      id\n      sync {\n        ...SyncStatusFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveConnection($id: ID!) {\n    removeConnection(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SyncProgress($baseId: ID!) {\n    syncProgress(baseId: $baseId) {\n      ...SyncStatusFields\n    }\n  }\n',
): (typeof documents)['\n  subscription SyncProgress($baseId: ID!) {\n    syncProgress(baseId: $baseId) {\n      ...SyncStatusFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FieldMetaFields on Field {\n    id\n    name\n    type\n    description\n    options\n  }\n',
): (typeof documents)['\n  fragment FieldMetaFields on Field {\n    id\n    name\n    type\n    description\n    options\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TableMetaFields on Table {\n    id\n    name\n    description\n    recordCount\n    primaryField {\n      id\n      name\n    }\n    fields {\n      ...FieldMetaFields\n    }\n    views {\n      id\n      name\n      type\n    }\n  }\n',
): (typeof documents)['\n  fragment TableMetaFields on Table {\n    id\n    name\n    description\n    recordCount\n    primaryField {\n      id\n      name\n    }\n    fields {\n      ...FieldMetaFields\n    }\n    views {\n      id\n      name\n      type\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BaseSchema($id: ID!) {\n    base(id: $id) {\n      id\n      name\n      tables {\n        ...TableMetaFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BaseSchema($id: ID!) {\n    base(id: $id) {\n      id\n      name\n      tables {\n        ...TableMetaFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TableSchemaChanged($baseId: ID!) {\n    tableSchemaChanged(baseId: $baseId) {\n      tableId\n    }\n  }\n',
): (typeof documents)['\n  subscription TableSchemaChanged($baseId: ID!) {\n    tableSchemaChanged(baseId: $baseId) {\n      tableId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UsageFields on Usage {\n    promptTokens\n    completionTokens\n    totalTokens\n    costUsd\n    modelCalls\n  }\n',
): (typeof documents)['\n  fragment UsageFields on Usage {\n    promptTokens\n    completionTokens\n    totalTokens\n    costUsd\n    modelCalls\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ToolCallFields on ToolCall {\n    id\n    name\n    arguments\n    status\n    summary\n    recordCount\n    error\n  }\n',
): (typeof documents)['\n  fragment ToolCallFields on ToolCall {\n    id\n    name\n    arguments\n    status\n    summary\n    recordCount\n    error\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MessageFields on Message {\n    id\n    role\n    content\n    status\n    error\n    model\n    warnings\n    createdAt\n    toolCalls {\n      ...ToolCallFields\n    }\n    usage {\n      ...UsageFields\n    }\n  }\n',
): (typeof documents)['\n  fragment MessageFields on Message {\n    id\n    role\n    content\n    status\n    error\n    model\n    warnings\n    createdAt\n    toolCalls {\n      ...ToolCallFields\n    }\n    usage {\n      ...UsageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConversationSummaryFields on Conversation {\n    id\n    title\n    updatedAt\n    answering\n    usage {\n      ...UsageFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ConversationSummaryFields on Conversation {\n    id\n    title\n    updatedAt\n    answering\n    usage {\n      ...UsageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssistantStatus {\n    assistantStatus {\n      configured\n      model\n      message\n    }\n  }\n',
): (typeof documents)['\n  query AssistantStatus {\n    assistantStatus {\n      configured\n      model\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversations($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, first: 30) {\n      ...ConversationSummaryFields\n      messages(last: 1) {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conversations($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, first: 30) {\n      ...ConversationSummaryFields\n      messages(last: 1) {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      messages(last: 100) {\n        ...MessageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      messages(last: 100) {\n        ...MessageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartConversation($workspaceId: ID!) {\n    startConversation(input: { workspaceId: $workspaceId }) {\n      ...ConversationSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartConversation($workspaceId: ID!) {\n    startConversation(input: { workspaceId: $workspaceId }) {\n      ...ConversationSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendMessage($conversationId: ID!, $workspaceId: ID!, $content: String!) {\n    sendMessage(\n      input: { conversationId: $conversationId, workspaceId: $workspaceId, content: $content }\n    ) {\n      conversation {\n        ...ConversationSummaryFields\n      }\n      userMessage {\n        ...MessageFields\n      }\n      assistantMessage {\n        ...MessageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SendMessage($conversationId: ID!, $workspaceId: ID!, $content: String!) {\n    sendMessage(\n      input: { conversationId: $conversationId, workspaceId: $workspaceId, content: $content }\n    ) {\n      conversation {\n        ...ConversationSummaryFields\n      }\n      userMessage {\n        ...MessageFields\n      }\n      assistantMessage {\n        ...MessageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ConversationUpdated($conversationId: ID!) {\n    conversationUpdated(conversationId: $conversationId) {\n      conversationId\n      kind\n      messageId\n      sequence\n      delta\n      warning\n      error\n      toolCall {\n        id\n        name\n        status\n        arguments\n        summary\n        recordCount\n        error\n      }\n      usage {\n        ...UsageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription ConversationUpdated($conversationId: ID!) {\n    conversationUpdated(conversationId: $conversationId) {\n      conversationId\n      kind\n      messageId\n      sequence\n      delta\n      warning\n      error\n      toolCall {\n        id\n        name\n        status\n        arguments\n        summary\n        recordCount\n        error\n      }\n      usage {\n        ...UsageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    path\n    operation\n    outcome\n    errorCode\n    actor {\n      id\n      kind\n    }\n    target\n    requestId\n    ip\n    userAgent\n  }\n',
): (typeof documents)['\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    path\n    operation\n    outcome\n    errorCode\n    actor {\n      id\n      kind\n    }\n    target\n    requestId\n    ip\n    userAgent\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($workspaceId: ID!, $filter: AuditLogFilter, $after: String) {\n    auditLog(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($workspaceId: ID!, $filter: AuditLogFilter, $after: String) {\n    auditLog(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyAuditLog($workspaceId: ID!) {\n    verifyAuditLog(workspaceId: $workspaceId) {\n      ok\n      checkedEntries\n      firstBrokenEntryId\n      reason\n    }\n  }\n',
): (typeof documents)['\n  query VerifyAuditLog($workspaceId: ID!) {\n    verifyAuditLog(workspaceId: $workspaceId) {\n      ok\n      checkedEntries\n      firstBrokenEntryId\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FeatureFlags($workspaceId: ID!) {\n    featureFlags(workspaceId: $workspaceId) {\n      key\n      enabled\n    }\n  }\n',
): (typeof documents)['\n  query FeatureFlags($workspaceId: ID!) {\n    featureFlags(workspaceId: $workspaceId) {\n      key\n      enabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FilesPage($workspaceId: ID!) {\n    files(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          filename\n          size\n          contentType\n          status\n          rejectedReason\n          downloadUrl\n          thumbnailUrl\n          createdAt\n        }\n      }\n    }\n    fileStorage(workspaceId: $workspaceId) {\n      usedBytes\n      quotaBytes\n      maxFileBytes\n    }\n  }\n',
): (typeof documents)['\n  query FilesPage($workspaceId: ID!) {\n    files(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          filename\n          size\n          contentType\n          status\n          rejectedReason\n          downloadUrl\n          thumbnailUrl\n          createdAt\n        }\n      }\n    }\n    fileStorage(workspaceId: $workspaceId) {\n      usedBytes\n      quotaBytes\n      maxFileBytes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      file {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUpload($input: CreateUploadInput!) {\n    createUpload(input: $input) {\n      uploadUrl\n      file {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteFile($id: ID!) {\n    deleteFile(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteFile($id: ID!) {\n    deleteFile(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FileStatus($id: ID!) {\n    file(id: $id) {\n      id\n      status\n      rejectedReason\n    }\n  }\n',
): (typeof documents)['\n  query FileStatus($id: ID!) {\n    file(id: $id) {\n      id\n      status\n      rejectedReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportPreview($fileId: ID!) {\n    importPreview(fileId: $fileId) {\n      headerLine\n      columns {\n        index\n        name\n        inferredType\n      }\n      rows\n    }\n  }\n',
): (typeof documents)['\n  query ImportPreview($fileId: ID!) {\n    importPreview(fileId: $fileId) {\n      headerLine\n      columns {\n        index\n        name\n        inferredType\n      }\n      rows\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TableFieldNames($baseId: ID!, $tableId: String!) {\n    base(id: $baseId) {\n      id\n      table(idOrName: $tableId) {\n        id\n        fields {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TableFieldNames($baseId: ID!, $tableId: String!) {\n    base(id: $baseId) {\n      id\n      table(idOrName: $tableId) {\n        id\n        fields {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    totalRows\n    rowsDone\n    rowsWritten\n    rowsRejected\n    etaSeconds\n    error\n  }\n',
): (typeof documents)['\n  fragment ImportJobFields on ImportJob {\n    id\n    status\n    totalRows\n    rowsDone\n    rowsWritten\n    rowsRejected\n    etaSeconds\n    error\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportJobReport($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      rejections(first: 100) {\n        line\n        column\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportJobReport($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n      rejections(first: 100) {\n        line\n        column\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ImportProgress($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n',
): (typeof documents)['\n  subscription ImportProgress($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    url\n    createdAt\n    readAt\n  }\n',
): (typeof documents)['\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    url\n    createdAt\n    readAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      unreadCount\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      url\n      createdAt\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      url\n      createdAt\n      readAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n',
): (typeof documents)['\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNotificationPreference($input: UpdateNotificationPreferenceInput!) {\n    updateNotificationPreference(input: $input) {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNotificationPreference($input: UpdateNotificationPreferenceInput!) {\n    updateNotificationPreference(input: $input) {\n      kind\n      inApp\n      email\n      digest\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnsubscribeNotifications($token: String!) {\n    unsubscribeNotifications(token: $token) {\n      email\n      kind\n    }\n  }\n',
): (typeof documents)['\n  mutation UnsubscribeNotifications($token: String!) {\n    unsubscribeNotifications(token: $token) {\n      email\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecordFields on Record {\n    id\n    createdTime\n    fields\n  }\n',
): (typeof documents)['\n  fragment RecordFields on Record {\n    id\n    createdTime\n    fields\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Records(\n    $baseId: ID!\n    $tableId: ID!\n    $filterByFormula: String\n    $sort: [SortInput!]\n    $view: String\n    $fields: [String!]\n    $first: Int!\n    $after: String\n  ) {\n    records(\n      baseId: $baseId\n      tableId: $tableId\n      filterByFormula: $filterByFormula\n      sort: $sort\n      view: $view\n      fields: $fields\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RecordFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Records(\n    $baseId: ID!\n    $tableId: ID!\n    $filterByFormula: String\n    $sort: [SortInput!]\n    $view: String\n    $fields: [String!]\n    $first: Int!\n    $after: String\n  ) {\n    records(\n      baseId: $baseId\n      tableId: $tableId\n      filterByFormula: $filterByFormula\n      sort: $sort\n      view: $view\n      fields: $fields\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RecordFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchRecords($baseId: ID!, $tableId: ID!, $query: String!, $first: Int!) {\n    searchRecords(baseId: $baseId, tableId: $tableId, query: $query, first: $first) {\n      ...RecordFields\n    }\n  }\n',
): (typeof documents)['\n  query SearchRecords($baseId: ID!, $tableId: ID!, $query: String!, $first: Int!) {\n    searchRecords(baseId: $baseId, tableId: $tableId, query: $query, first: $first) {\n      ...RecordFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Record($baseId: ID!, $tableId: ID!, $id: ID!) {\n    record(baseId: $baseId, tableId: $tableId, id: $id) {\n      ...RecordFields\n    }\n  }\n',
): (typeof documents)['\n  query Record($baseId: ID!, $tableId: ID!, $id: ID!) {\n    record(baseId: $baseId, tableId: $tableId, id: $id) {\n      ...RecordFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WriteResultFields on WriteResult {\n    batchId\n    status\n    error\n    deletedIds\n    records {\n      ...RecordFields\n    }\n  }\n',
): (typeof documents)['\n  fragment WriteResultFields on WriteResult {\n    batchId\n    status\n    error\n    deletedIds\n    records {\n      ...RecordFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRecords($baseId: ID!, $tableId: ID!, $records: [RecordInput!]!) {\n    createRecords(baseId: $baseId, tableId: $tableId, records: $records, typecast: true) {\n      ...WriteResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRecords($baseId: ID!, $tableId: ID!, $records: [RecordInput!]!) {\n    createRecords(baseId: $baseId, tableId: $tableId, records: $records, typecast: true) {\n      ...WriteResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRecords(\n    $baseId: ID!\n    $tableId: ID!\n    $records: [RecordUpdateInput!]!\n    $idempotencyKey: String\n  ) {\n    updateRecords(\n      baseId: $baseId\n      tableId: $tableId\n      records: $records\n      typecast: true\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...WriteResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRecords(\n    $baseId: ID!\n    $tableId: ID!\n    $records: [RecordUpdateInput!]!\n    $idempotencyKey: String\n  ) {\n    updateRecords(\n      baseId: $baseId\n      tableId: $tableId\n      records: $records\n      typecast: true\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...WriteResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WriteBatch($id: ID!) {\n    writeBatch(id: $id) {\n      ...WriteResultFields\n    }\n  }\n',
): (typeof documents)['\n  query WriteBatch($id: ID!) {\n    writeBatch(id: $id) {\n      ...WriteResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteRecords($baseId: ID!, $tableId: ID!, $ids: [ID!]!) {\n    deleteRecords(baseId: $baseId, tableId: $tableId, ids: $ids) {\n      ...WriteResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteRecords($baseId: ID!, $tableId: ID!, $ids: [ID!]!) {\n    deleteRecords(baseId: $baseId, tableId: $tableId, ids: $ids) {\n      ...WriteResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription RecordChanged($baseId: ID!, $tableId: ID!) {\n    recordChanged(baseId: $baseId, tableId: $tableId) {\n      kind\n      changedFields\n      recordId\n      record {\n        ...RecordFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription RecordChanged($baseId: ID!, $tableId: ID!) {\n    recordChanged(baseId: $baseId, tableId: $tableId) {\n      kind\n      changedFields\n      recordId\n      record {\n        ...RecordFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    rateLimitPerSecond\n    batchSize\n    failingSince\n    lastSuccessAt\n    pendingCount\n    deadCount\n    createdAt\n    filter {\n      baseId\n      tableId\n      changedFields\n      formula\n    }\n    secrets {\n      id\n      hint\n      createdAt\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    rateLimitPerSecond\n    batchSize\n    failingSince\n    lastSuccessAt\n    pendingCount\n    deadCount\n    createdAt\n    filter {\n      baseId\n      tableId\n      changedFields\n      formula\n    }\n    secrets {\n      id\n      hint\n      createdAt\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    createdAt\n    completedAt\n    payload\n    attemptLog {\n      attemptedAt\n      statusCode\n      latencyMs\n      responseBody\n      error\n    }\n  }\n',
): (typeof documents)['\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    messageId\n    eventType\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    createdAt\n    completedAt\n    payload\n    attemptLog {\n      attemptedAt\n      statusCode\n      latencyMs\n      responseBody\n      error\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhooksPage($workspaceId: ID!) {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(workspaceId: $workspaceId) {\n      ...WebhookEndpointFields\n    }\n  }\n',
): (typeof documents)['\n  query WebhooksPage($workspaceId: ID!) {\n    webhookEventTypes {\n      name\n      description\n    }\n    webhookEndpoints(workspaceId: $workspaceId) {\n      ...WebhookEndpointFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($endpointId: ID!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after, status: $status) {\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookDeliveries($endpointId: ID!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after, status: $status) {\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Int) {\n    rotateWebhookSecret(input: { id: $id, overlapHours: $overlapHours }) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateWebhookSecret($id: ID!, $overlapHours: Int) {\n    rotateWebhookSecret(input: { id: $id, overlapHours: $overlapHours }) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayDeadWebhookDeliveries($endpointId: ID!, $since: DateTime!) {\n    replayDeadWebhookDeliveries(input: { endpointId: $endpointId, since: $since })\n  }\n',
): (typeof documents)['\n  mutation ReplayDeadWebhookDeliveries($endpointId: ID!, $since: DateTime!) {\n    replayDeadWebhookDeliveries(input: { endpointId: $endpointId, since: $since })\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkflowSummaryFields on Workflow {\n    id\n    name\n    description\n    enabled\n    paused\n    trigger\n    runsThisMonth\n    runQuota\n    updatedAt\n    lastRun {\n      id\n      status\n      createdAt\n      error\n    }\n  }\n',
): (typeof documents)['\n  fragment WorkflowSummaryFields on Workflow {\n    id\n    name\n    description\n    enabled\n    paused\n    trigger\n    runsThisMonth\n    runQuota\n    updatedAt\n    lastRun {\n      id\n      status\n      createdAt\n      error\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkflowFields on Workflow {\n    ...WorkflowSummaryFields\n    workspaceId\n    whilePaused\n    concurrency\n    version\n    steps\n    ownerId\n    webhookUrl\n    nextRunTimes\n  }\n',
): (typeof documents)['\n  fragment WorkflowFields on Workflow {\n    ...WorkflowSummaryFields\n    workspaceId\n    whilePaused\n    concurrency\n    version\n    steps\n    ownerId\n    webhookUrl\n    nextRunTimes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkflowRunFields on WorkflowRun {\n    id\n    workflowId\n    version\n    status\n    dryRun\n    triggerType\n    trigger\n    error\n    failedStep\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    steps {\n      key\n      stepId\n      type\n      status\n      input\n      output\n      logs\n      attempts\n      error\n      startedAt\n      finishedAt\n      durationMs\n    }\n  }\n',
): (typeof documents)['\n  fragment WorkflowRunFields on WorkflowRun {\n    id\n    workflowId\n    version\n    status\n    dryRun\n    triggerType\n    trigger\n    error\n    failedStep\n    createdAt\n    startedAt\n    finishedAt\n    durationMs\n    steps {\n      key\n      stepId\n      type\n      status\n      input\n      output\n      logs\n      attempts\n      error\n      startedAt\n      finishedAt\n      durationMs\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      ...WorkflowSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      ...WorkflowSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowFields\n    }\n  }\n',
): (typeof documents)['\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      ...WorkflowFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkflowRuns($workflowId: ID!, $status: WorkflowRunStatus, $after: String) {\n    workflowRuns(workflowId: $workflowId, status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WorkflowRunFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkflowRuns($workflowId: ID!, $status: WorkflowRunStatus, $after: String) {\n    workflowRuns(workflowId: $workflowId, status: $status, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WorkflowRunFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkflowScheduleTimes($cron: String!, $timeZone: String) {\n    workflowScheduleTimes(cron: $cron, timeZone: $timeZone, count: 5)\n  }\n',
): (typeof documents)['\n  query WorkflowScheduleTimes($cron: String!, $timeZone: String) {\n    workflowScheduleTimes(cron: $cron, timeZone: $timeZone, count: 5)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWorkflow($input: UpdateWorkflowInput!) {\n    updateWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWorkflow($input: UpdateWorkflowInput!) {\n    updateWorkflow(input: $input) {\n      ...WorkflowFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteWorkflow($id: ID!) {\n    deleteWorkflow(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetWorkflowEnabled($id: ID!, $enabled: Boolean!) {\n    setWorkflowEnabled(id: $id, enabled: $enabled) {\n      ...WorkflowSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetWorkflowEnabled($id: ID!, $enabled: Boolean!) {\n    setWorkflowEnabled(id: $id, enabled: $enabled) {\n      ...WorkflowSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PauseWorkflow($id: ID!) {\n    pauseWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PauseWorkflow($id: ID!) {\n    pauseWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResumeWorkflow($id: ID!) {\n    resumeWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResumeWorkflow($id: ID!) {\n    resumeWorkflow(id: $id) {\n      ...WorkflowSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunWorkflow($input: RunWorkflowInput!) {\n    runWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RunWorkflow($input: RunWorkflowInput!) {\n    runWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TestWorkflow($input: TestWorkflowInput!) {\n    testWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TestWorkflow($input: TestWorkflowInput!) {\n    testWorkflow(input: $input) {\n      ...WorkflowRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelWorkflowRun($id: ID!) {\n    cancelWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelWorkflowRun($id: ID!) {\n    cancelWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryWorkflowRun($id: ID!) {\n    retryWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryWorkflowRun($id: ID!) {\n    retryWorkflowRun(id: $id) {\n      ...WorkflowRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateWorkflowWebhookUrl($id: ID!) {\n    rotateWorkflowWebhookUrl(id: $id) {\n      id\n      webhookUrl\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateWorkflowWebhookUrl($id: ID!) {\n    rotateWorkflowWebhookUrl(id: $id) {\n      id\n      webhookUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  # The fields of WorkflowRunFields, written out: the gateway resolves a subscription's\n  # top-level fields and drops a fragment spread there.\n  subscription WorkflowRunUpdated($workflowId: ID!) {\n    workflowRunUpdated(workflowId: $workflowId) {\n      id\n      workflowId\n      version\n      status\n      dryRun\n      triggerType\n      trigger\n      error\n      failedStep\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      steps {\n        key\n        stepId\n        type\n        status\n        input\n        output\n        logs\n        attempts\n        error\n        startedAt\n        finishedAt\n        durationMs\n      }\n    }\n  }\n",
): (typeof documents)["\n  # The fields of WorkflowRunFields, written out: the gateway resolves a subscription's\n  # top-level fields and drops a fragment spread there.\n  subscription WorkflowRunUpdated($workflowId: ID!) {\n    workflowRunUpdated(workflowId: $workflowId) {\n      id\n      workflowId\n      version\n      status\n      dryRun\n      triggerType\n      trigger\n      error\n      failedStep\n      createdAt\n      startedAt\n      finishedAt\n      durationMs\n      steps {\n        key\n        stepId\n        type\n        status\n        input\n        output\n        logs\n        attempts\n        error\n        startedAt\n        finishedAt\n        durationMs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkspaceSummaryFields on Workspace {\n    id\n    name\n    role\n  }\n',
): (typeof documents)['\n  fragment WorkspaceSummaryFields on Workspace {\n    id\n    name\n    role\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyWorkspaces {\n    me {\n      id\n      email\n      name\n      workspaces {\n        ...WorkspaceSummaryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyWorkspaces {\n    me {\n      id\n      email\n      name\n      workspaces {\n        ...WorkspaceSummaryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkspaceBases($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      bases {\n        id\n        name\n        sync {\n          state\n          lastSyncedAt\n        }\n        tables {\n          id\n          name\n          recordCount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkspaceBases($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      bases {\n        id\n        name\n        sync {\n          state\n          lastSyncedAt\n        }\n        tables {\n          id\n          name\n          recordCount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      ...WorkspaceSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      ...WorkspaceSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MemberFields on Member {\n    role\n    joinedAt\n    user {\n      id\n      email\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment MemberFields on Member {\n    role\n    joinedAt\n    user {\n      id\n      email\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n',
): (typeof documents)['\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      members {\n        ...MemberFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkspaceMembers($id: ID!) {\n    workspace(id: $id) {\n      ...WorkspaceSummaryFields\n      members {\n        ...MemberFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: WorkspaceRole!) {\n    inviteMember(input: { workspaceId: $workspaceId, email: $email, role: $role }) {\n      token\n      emailSent\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: WorkspaceRole!) {\n    inviteMember(input: { workspaceId: $workspaceId, email: $email, role: $role }) {\n      token\n      emailSent\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($workspaceId: ID!, $userId: ID!, $role: WorkspaceRole!) {\n    changeMemberRole(input: { workspaceId: $workspaceId, userId: $userId, role: $role }) {\n      ...MemberFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($workspaceId: ID!, $userId: ID!, $role: WorkspaceRole!) {\n    changeMemberRole(input: { workspaceId: $workspaceId, userId: $userId, role: $role }) {\n      ...MemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(input: { workspaceId: $workspaceId, userId: $userId })\n  }\n',
): (typeof documents)['\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(input: { workspaceId: $workspaceId, userId: $userId })\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      workspaceName\n      email\n      role\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      workspaceName\n      email\n      role\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...WorkspaceSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...WorkspaceSummaryFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
