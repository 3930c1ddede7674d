import { Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { evolveProject, initialProject, type Project } from '../projects/project';
import { PROJECT_STREAM, type ProjectEvent } from '../projects/project.events';
import { followProject, unfollowProject } from './follow-project';
import { evolveProjectFollowing, initialProjectFollowing, type ProjectFollowing } from './project-following';
import { PROJECT_FOLLOWING_STREAM, type ProjectFollowingEvent } from './project-following.events';

const projects = { initial: initialProject, evolve: evolveProject };
const followings = { initial: initialProjectFollowing, evolve: evolveProjectFollowing };
const uuidParam = new ParseUUIDPipe();

/** A resident opts in to, or out of, a project's implementation updates; the stream is theirs. */
@ApiTags('budgeting')
@Controller('budgeting')
export class ProjectFollowingController {
  constructor(private readonly streams: EventStreams) {}

  @Post('projects/:projectId/followers')
  @ApiOperation({ summary: 'Follow a project: its implementation updates reach my notifications' })
  async follow(@CurrentPrincipal() resident: Principal, @Param('projectId', uuidParam) projectId: string) {
    const { state } = await this.streams.load<Project, ProjectEvent>(PROJECT_STREAM, projectId, projects);
    await this.streams.change<ProjectFollowing, ProjectFollowingEvent>(
      PROJECT_FOLLOWING_STREAM,
      resident.participantId,
      followings,
      actorOf(resident),
      (following) => followProject(following, { id: projectId, state }, resident.participantId),
    );
    return { projectId, following: true };
  }

  @Delete('projects/:projectId/followers')
  @ApiOperation({ summary: 'Stop following a project; notifications already received stay' })
  async unfollow(@CurrentPrincipal() resident: Principal, @Param('projectId', uuidParam) projectId: string) {
    await this.streams.change<ProjectFollowing, ProjectFollowingEvent>(
      PROJECT_FOLLOWING_STREAM,
      resident.participantId,
      followings,
      actorOf(resident),
      (following) => unfollowProject(following, projectId, resident.participantId),
    );
    return { projectId, following: false };
  }

  /** So a resident's screen can show which projects they follow; their own stream, nobody else's. */
  @Get('me/followed-projects')
  @ApiOperation({ summary: 'The projects I follow' })
  async followed(@CurrentPrincipal() resident: Principal) {
    const { state } = await this.streams.load<ProjectFollowing, ProjectFollowingEvent>(
      PROJECT_FOLLOWING_STREAM,
      resident.participantId,
      followings,
    );
    return { projectIds: [...state.followed].sort() };
  }
}
