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
