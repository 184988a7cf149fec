import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { hasVisibleText } from '../../domain/cut-text';
import { MAX_TEAM_NAME_LENGTH } from '../../store/saved-limits';

interface NewTeamFormProps {
  /** The name a team gets when the field is left empty. */
  fallbackName: string;
  onCreate: (name: string) => void;
}

/**
 * "New team": an empty name gives the fallback, a name with nothing visible in it
 * (only spaces or zero-width characters) is refused with a message, since a team
 * listed under it could not be told apart or picked.
 */
export function NewTeamForm({ fallbackName, onCreate }: NewTeamFormProps) {
  const id = useId();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<{ name: string }>({ defaultValues: { name: '' } });
  const error = errors.name?.message;

  const create = handleSubmit(({ name }) => {
    onCreate(name.trim() || fallbackName);
    reset();
  });

  return (
    <form className="field field--inline" noValidate onSubmit={(event) => void create(event)}>
      <label htmlFor={`${id}-name`}>New team</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={MAX_TEAM_NAME_LENGTH}
        placeholder="Team name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register('name', {
          validate: (name) =>
            name.trim() === '' ||
            hasVisibleText(name) ||
            'A team name needs at least one visible letter, number or symbol.',
        })}
      />
      <button type="submit" className="button">
        Create team
      </button>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
