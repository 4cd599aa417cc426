"use client";

import { signIn } from "next-auth/react";
import type { SignInProvider } from "~/server/sign-in-providers";

/** One button per council with an identity provider: next-auth sends the browser to it (PKCE, state, nonce). */
export function CouncilAccountButtons({ providers, next }: { providers: SignInProvider[]; next: string }) {
  return (
    <ul>
      {providers.map((provider) => (
        <li key={provider.id}>
          <button className="button" type="button" onClick={() => void signIn(provider.id, { callbackUrl: next })}>
            Sign in with your {provider.councilName} account
          </button>
        </li>
      ))}
    </ul>
  );
}
