// A team's own role, as a workspace holds it in .backend-paths/roles/team/role.yaml (ids become ws-team…).

export const TEAM_ROLE_FILE = '.backend-paths/roles/team/role.yaml';

export const TEAM_ROLE = `id: team
title: Team Onboarding
icon: organization
summary: How our team builds services.
level: beginner
duration: { minMonths: 1, wording: "1 month" }
market: {}
learn: { aliases: [team], levels: [beginner] }
skillGroups:
  - id: first-week
    title: First week
    skills:
      - id: team-local-setup
        name: Local setup
        description: Run the service on your machine.
        level: beginner
        docs: [{ title: Guide, url: "https://example.com/setup" }]
      - id: team-code-review
        name: Code review
        description: How we review changes.
        level: beginner
        docs: [{ title: Guide, url: "https://example.com/review" }]
projects: [{ title: First change, description: Ship a small change. }]
stack: [Node.js]
`;
