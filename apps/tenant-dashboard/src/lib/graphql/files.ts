import { graphql } from './generated/gql.ts';
import type { FilesPageQuery } from './generated/graphql.ts';

export type FileRow = FilesPageQuery['files']['edges'][number]['node'];

export const FILES_PAGE = graphql(`
  query FilesPage($workspaceId: ID!) {
    files(workspaceId: $workspaceId, first: 100) {
      edges {
        node {
          id
          filename
          size
          contentType
          status
          rejectedReason
          downloadUrl
          thumbnailUrl
          createdAt
        }
      }
    }
    fileStorage(workspaceId: $workspaceId) {
      usedBytes
      quotaBytes
      maxFileBytes
    }
  }
`);

export const CREATE_UPLOAD = graphql(`
  mutation CreateUpload($input: CreateUploadInput!) {
    createUpload(input: $input) {
      uploadUrl
      file {
        id
      }
    }
  }
`);

export const DELETE_FILE = graphql(`
  mutation DeleteFile($id: ID!) {
    deleteFile(id: $id)
  }
`);

export const FILE_STATUS = graphql(`
  query FileStatus($id: ID!) {
    file(id: $id) {
      id
      status
      rejectedReason
    }
  }
`);

export const IMPORT_PREVIEW = graphql(`
  query ImportPreview($fileId: ID!) {
    importPreview(fileId: $fileId) {
      headerLine
      columns {
        index
        name
        inferredType
      }
      rows
    }
  }
`);

export const TABLE_FIELD_NAMES = graphql(`
  query TableFieldNames($baseId: ID!, $tableId: String!) {
    base(id: $baseId) {
      id
      table(idOrName: $tableId) {
        id
        fields {
          name
        }
      }
    }
  }
`);

export const START_IMPORT = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      id
    }
  }
`);

export const IMPORT_JOB_FIELDS = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    status
    totalRows
    rowsDone
    rowsWritten
    rowsRejected
    etaSeconds
    error
  }
`);

export const IMPORT_JOB = graphql(`
  query ImportJobReport($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
      rejections(first: 100) {
        line
        column
        reason
      }
    }
  }
`);

export const IMPORT_PROGRESS = graphql(`
  subscription ImportProgress($jobId: ID!) {
    importProgress(jobId: $jobId) {
      ...ImportJobFields
    }
  }
`);
