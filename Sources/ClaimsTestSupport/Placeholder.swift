import ClaimsCore
