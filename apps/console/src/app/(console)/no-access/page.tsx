export default function NoAccess() {
  return (
    <>
      <h1>No pages for your role yet</h1>
      <p>You are signed in, but your account has no role in a council. Ask your administrator to add you.</p>
    </>
  );
}
