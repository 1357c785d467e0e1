import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The body of POST /tasks. The global ValidationPipe checks it against these decorators before the handler runs. */
export class CreateTaskDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;
}
