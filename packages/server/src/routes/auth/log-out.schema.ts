export const logOutSchema = {};
